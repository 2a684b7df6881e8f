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

/** The page an account waits on while a director has not approved the clinical role an admin gave it. */
export const AWAITING_APPROVAL_URL = '/awaiting-approval';

/**
 * Lets signed-in people through; sends an account that waits for approval to its page, and everyone else to sign in,
 * remembering where they were going.
 */
export const signedInGuard: CanActivateFn = async (_route, state) => {
  const router = inject(Router);
  const status = await knownStatus(inject(AuthStore));
  if (status === 'signed-in') return true;
  if (status === 'awaiting-approval') return router.parseUrl(AWAITING_APPROVAL_URL);
  const queryParams = state.url && state.url !== '/' ? { returnUrl: state.url } : {};
  return router.createUrlTree(['/sign-in'], { queryParams });
};

/** Only an account that waits for approval stays on its page; the others go where their status leads. */
export const awaitingApprovalGuard: CanActivateFn = async () => {
  const router = inject(Router);
  const status = await knownStatus(inject(AuthStore));
  if (status === 'awaiting-approval') return true;
  return router.parseUrl(status === 'signed-in' ? HOME_URL : '/sign-in');
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
  const status = await knownStatus(inject(AuthStore));
  if (status === 'awaiting-approval') return router.parseUrl(AWAITING_APPROVAL_URL);
  return status === 'signed-in' ? router.parseUrl(HOME_URL) : true;
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
