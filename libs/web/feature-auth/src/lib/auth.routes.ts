import type { Routes } from '@angular/router';

/** Child routes of `/sign-in`; the page itself is loaded lazily. */
export const authRoutes: Routes = [
  {
    path: '',
    loadComponent: () => import('./sign-in/sign-in-page').then((m) => m.SignInPage),
  },
];
