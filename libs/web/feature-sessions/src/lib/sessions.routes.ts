import type { Routes } from '@angular/router';

/** Recording a group's session, mounted at `/groups/:groupId/sessions`; loaded lazily. */
export const sessionRoutes: Routes = [
  { path: 'new', title: 'Record a session', loadComponent: () => import('./record/record-session-page').then((m) => m.RecordSessionPage) },
];
