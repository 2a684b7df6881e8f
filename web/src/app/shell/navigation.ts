import type { Role } from '@cohesion/domain';

/** One entry of the left navigation. */
export interface NavItem {
  label: string;
  path: string;
}

const HOME: NavItem = { label: 'Home', path: '/home' };

/** The left navigation of each role; only pages that exist are listed. */
export const NAVIGATION: Record<Role, readonly NavItem[]> = {
  facilitator: [HOME],
  supervisor: [HOME],
  director: [HOME],
  admin: [HOME],
};
