import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import type { Role } from '@cohesion/domain';
import { AuthStore } from '@cohesion/web/data-access';

/** Where signed-in people land when nothing else was asked for: the app's root, which leads to their role's page. */
export const HOME_URL = '/';

async function knownStatus(auth: AuthStore) {
  if (auth.status() === 'unknown') await auth.restore();
  return auth.status();
}

/** Each role's first page: the one its navigation lists first. */
const LANDING: Record<Role, string> = { facilitator: '/home', supervisor: '/review', director: '/overview', admin: '/home' };

/**
 * Sends the app's root to the signed-in person's first page (directors their overview, supervisors their queue). A
 * guard rather than a redirect function: redirects run before guards, when a reloaded page does not know its user yet.
 */
export const landingGuard: CanActivateFn = async () => {
  const auth = inject(AuthStore);
  const router = inject(Router);
  await knownStatus(auth);
  return router.parseUrl(LANDING[auth.user()?.role ?? 'facilitator']);
};

/** Lets signed-in people through; sends everyone else to sign in, remembering where they were going. */
export const signedInGuard: CanActivateFn = async (_route, state) => {
  const router = inject(Router);
  if ((await knownStatus(inject(AuthStore))) === 'signed-in') return true;
  const queryParams = state.url && state.url !== '/' ? { returnUrl: state.url } : {};
  return router.createUrlTree(['/sign-in'], { queryParams });
};

/** Lets through people of these roles (the API decides what they see); sends anyone else home. */
export function allowRoles(...roles: Role[]): CanActivateFn {
  return () => {
    const role = inject(AuthStore).user()?.role;
    return role && roles.includes(role) ? true : inject(Router).parseUrl(HOME_URL);
  };
}

/** Keeps signed-in people away from the sign-in page; someone who still owes a second factor finishes there. */
export const signedOutGuard: CanActivateFn = async () => {
  const router = inject(Router);
  return (await knownStatus(inject(AuthStore))) === 'signed-in' ? router.parseUrl(HOME_URL) : true;
};

/**
 * The in-app URL to go to after signing in: the `returnUrl` when it is a path inside the app, else home.
 * Rejects absolute and protocol-relative URLs so the parameter cannot send anyone elsewhere.
 */
export function safeReturnUrl(returnUrl: string | null): string {
  if (!returnUrl || !returnUrl.startsWith('/') || returnUrl.startsWith('//') || returnUrl.startsWith('/\\')) {
    return HOME_URL;
  }
  return returnUrl.startsWith('/sign-in') ? HOME_URL : returnUrl;
}
