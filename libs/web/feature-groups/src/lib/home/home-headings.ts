import { inject } from '@angular/core';
import type { ResolveFn } from '@angular/router';
import type { Role } from '@cohesion/domain';
import { AuthStore } from '@cohesion/web/data-access';

/** The home page's heading, which is also its title, by role. */
export const HOME_HEADINGS: Record<Role, string> = {
  facilitator: 'My groups',
  supervisor: 'Supervised groups',
  director: 'All groups',
  admin: 'Administration',
};

/** Resolves the page title of `/home` for the signed-in person. */
export const homeTitle: ResolveFn<string> = () => {
  const role = inject(AuthStore).user()?.role;
  return role ? HOME_HEADINGS[role] : 'Home';
};
