import type { Routes } from '@angular/router';

/** Child routes of `/sign-in`; the page itself is loaded lazily. */
export const authRoutes: Routes = [
  {
    path: '',
    loadComponent: () => import('./sign-in/sign-in-page').then((m) => m.SignInPage),
  },
];

/** Child routes of `/account` (inside the signed-in shell), loaded lazily. */
export const accountRoutes: Routes = [
  {
    path: '',
    title: 'Account and security',
    loadComponent: () => import('./account/account-page').then((m) => m.AccountPage),
  },
];
