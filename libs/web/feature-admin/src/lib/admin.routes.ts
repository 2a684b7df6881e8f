import type { Routes } from '@angular/router';

/** Staff accounts and security settings, mounted at `/staff`. */
export const staffRoutes: Routes = [{ path: '', title: 'Staff', loadComponent: () => import('./staff/staff-page').then((m) => m.StaffPage) }];

/** The audit trail, mounted at `/audit`. */
export const auditRoutes: Routes = [{ path: '', title: 'Audit trail', loadComponent: () => import('./audit/audit-page').then((m) => m.AuditPage) }];

/** Clinical roles given by admins, approved or declined by directors, mounted at `/approvals`. */
export const approvalsRoutes: Routes = [
  { path: '', title: 'Approvals', loadComponent: () => import('./approvals/approvals-page').then((m) => m.ApprovalsPage) },
];

/** Supervision and group facilitator assignments for directors, mounted at `/assignments`. */
export const assignmentsRoutes: Routes = [
  { path: '', title: 'Assignments', loadComponent: () => import('./assignments/assignments-page').then((m) => m.AssignmentsPage) },
];

/** The organization's settings (admins: time zone; directors: k, threshold, r), mounted at `/settings`. */
export const settingsRoutes: Routes = [{ path: '', title: 'Settings', loadComponent: () => import('./settings/settings-page').then((m) => m.SettingsPage) }];
