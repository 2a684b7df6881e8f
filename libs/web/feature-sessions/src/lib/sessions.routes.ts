import type { Routes } from '@angular/router';

/** Recording a group's session, mounted at `/groups/:groupId/sessions`; loaded lazily. */
export const sessionRoutes: Routes = [
  { path: 'new', title: 'Record a session', loadComponent: () => import('./record/record-session-page').then((m) => m.RecordSessionPage) },
  { path: ':sessionId/edit', title: 'Continue the draft', loadComponent: () => import('./record/record-session-page').then((m) => m.RecordSessionPage) },
];

/** One session's note, mounted at `/sessions`. */
export const sessionViewRoutes: Routes = [
  { path: ':sessionId', title: 'Session note', loadComponent: () => import('./view/session-page').then((m) => m.SessionPage) },
];

/** The supervisor's review queue, mounted at `/review`. */
export const reviewRoutes: Routes = [
  { path: '', title: 'Review queue', loadComponent: () => import('./review/review-queue-page').then((m) => m.ReviewQueuePage) },
];
