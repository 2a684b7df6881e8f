import type { Routes } from '@angular/router';
import {
  accountRoutes,
  allowRoles,
  authRoutes,
  awaitingApprovalGuard,
  awaitingApprovalRoutes,
  landingGuard,
  signedInGuard,
  signedOutGuard,
  welcomeRoutes,
  forgotPasswordRoutes,
  mailboxRoutes,
  resetPasswordRoutes,
} from '@cohesion/web/feature-auth';

/** Every page is loaded lazily; only the guards and the route table are in the initial bundle. */
export const appRoutes: Routes = [
  { path: 'sign-in', title: 'Sign in', canActivate: [signedOutGuard], children: authRoutes },
  { path: 'welcome', title: 'Welcome', children: welcomeRoutes },
  { path: 'forgot-password', title: 'Forgot password', canActivate: [signedOutGuard], children: forgotPasswordRoutes },
  { path: 'reset-password', title: 'Choose a new password', children: resetPasswordRoutes },
  { path: 'mailbox', title: 'Demo mailbox', children: mailboxRoutes },
  { path: 'awaiting-approval', title: 'Waiting for approval', canActivate: [awaitingApprovalGuard], children: awaitingApprovalRoutes },
  {
    path: '',
    canActivate: [signedInGuard],
    loadComponent: () => import('./shell/app-shell').then((m) => m.AppShell),
    children: [
      { path: '', pathMatch: 'full', canActivate: [landingGuard], children: [] },
      { path: 'home', loadChildren: () => import('@cohesion/web/feature-groups').then((m) => m.groupsRoutes) },
      { path: 'groups/:groupId/sessions', loadChildren: () => import('@cohesion/web/feature-sessions').then((m) => m.sessionRoutes) },
      { path: 'groups', loadChildren: () => import('@cohesion/web/feature-groups').then((m) => m.groupRoutes) },
      { path: 'overview', canActivate: [allowRoles('director')], loadChildren: () => import('@cohesion/web/feature-groups').then((m) => m.overviewRoutes) },
      { path: 'sessions', loadChildren: () => import('@cohesion/web/feature-sessions').then((m) => m.sessionViewRoutes) },
      { path: 'review', canActivate: [allowRoles('supervisor')], loadChildren: () => import('@cohesion/web/feature-sessions').then((m) => m.reviewRoutes) },
      { path: 'staff', canActivate: [allowRoles('admin')], loadChildren: () => import('@cohesion/web/feature-admin').then((m) => m.staffRoutes) },
      {
        path: 'assignments',
        canActivate: [allowRoles('director')],
        loadChildren: () => import('@cohesion/web/feature-admin').then((m) => m.assignmentsRoutes),
      },
      { path: 'approvals', canActivate: [allowRoles('director')], loadChildren: () => import('@cohesion/web/feature-admin').then((m) => m.approvalsRoutes) },
      { path: 'audit', canActivate: [allowRoles('admin')], loadChildren: () => import('@cohesion/web/feature-admin').then((m) => m.auditRoutes) },
      {
        path: 'settings',
        canActivate: [allowRoles('admin', 'director')],
        loadChildren: () => import('@cohesion/web/feature-admin').then((m) => m.settingsRoutes),
      },
      { path: 'account', children: accountRoutes },
      {
        path: '**',
        title: 'Page not found',
        loadComponent: () => import('./not-found-page').then((m) => m.NotFoundPage),
      },
    ],
  },
];
