import type { Routes } from '@angular/router';

/** Child routes of `/sign-in`; the page itself is loaded lazily. */
export const authRoutes: Routes = [
  {
    path: '',
    loadComponent: () => import('./sign-in/sign-in-page').then((m) => m.SignInPage),
  },
  {
    path: 'sso',
    title: 'Single sign-on',
    loadComponent: () => import('./single-sign-on/single-sign-on-return-page').then((m) => m.SingleSignOnReturnPage),
  },
];

/** Child routes of `/welcome`, where an invitation link leads (open to anyone holding one). */
export const welcomeRoutes: Routes = [{ path: '', loadComponent: () => import('./welcome/welcome-page').then((m) => m.WelcomePage) }];

/** Child routes of `/forgot-password` (signed out only). */
export const forgotPasswordRoutes: Routes = [
  { path: '', loadComponent: () => import('./password-reset/forgot-password-page').then((m) => m.ForgotPasswordPage) },
];

/** Child routes of `/reset-password`, where a password-reset email leads (open to anyone holding its link). */
export const resetPasswordRoutes: Routes = [{ path: '', loadComponent: () => import('./password-reset/reset-password-page').then((m) => m.ResetPasswordPage) }];

/** Child routes of `/mailbox`: the demo's caught email (the page says so outside demo mode). */
export const mailboxRoutes: Routes = [{ path: '', loadComponent: () => import('./mailbox/mailbox-page').then((m) => m.MailboxPage) }];

/** Child routes of `/awaiting-approval`, for accounts whose clinical role no director has approved yet. */
export const awaitingApprovalRoutes: Routes = [
  { path: '', loadComponent: () => import('./awaiting-approval/awaiting-approval-page').then((m) => m.AwaitingApprovalPage) },
];

/** Child routes of `/account` (inside the signed-in shell), loaded lazily. */
export const accountRoutes: Routes = [
  {
    path: '',
    title: 'Account and security',
    loadComponent: () => import('./account/account-page').then((m) => m.AccountPage),
  },
];
