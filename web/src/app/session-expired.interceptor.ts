import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { AuthStore } from '@cohesion/web/data-access';
import { tap } from 'rxjs';

/**
 * When the session has expired (401 outside /api/auth), forgets the user and sends them to sign in again. A 401 that
 * asks for a second factor (an organization that just started requiring one) re-reads the session instead, so the
 * sign-in page opens at the right step.
 */
export const sessionExpiredInterceptor: HttpInterceptorFn = (request, next) => {
  const auth = inject(AuthStore);
  const router = inject(Router);
  return next(request).pipe(
    tap({
      error: (error: unknown) => {
        const expired = error instanceof HttpErrorResponse && error.status === 401;
        if (!expired || request.url.startsWith('/api/auth/') || auth.status() !== 'signed-in') return;
        const owesSecondFactor = String((error.error as { code?: unknown } | null)?.code ?? '').startsWith('second_factor');
        const settled = owesSecondFactor ? auth.restore() : Promise.resolve(auth.markSignedOut());
        void settled.then(() => router.navigate(['/sign-in'], { queryParams: { returnUrl: router.url } }));
      },
    }),
  );
};
