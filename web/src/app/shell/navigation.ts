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
  supervisor: [
    { label: 'Review queue', path: '/review' },
    { label: 'Supervised groups', path: '/home' },
  ],
  director: [
    { label: 'Outcomes overview', path: '/overview' },
    { label: 'All groups', path: '/home' },
    { label: 'Assignments', path: '/assignments' },
    { label: 'Approvals', path: '/approvals' },
    { label: 'Settings', path: '/settings' },
  ],
  admin: [HOME, { label: 'Staff', path: '/staff' }, { label: 'Audit trail', path: '/audit' }, { label: 'Settings', path: '/settings' }],
};
