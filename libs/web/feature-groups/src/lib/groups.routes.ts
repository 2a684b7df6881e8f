import type { Routes } from '@angular/router';
import { homeTitle } from './home/home-headings';
import { HomePage } from './home/home-page';

/** Routes of this feature, mounted at `/home`. */
export const groupsRoutes: Routes = [{ path: '', component: HomePage, title: homeTitle }];

/** Routes of one group, mounted at `/groups`; the page and its charts load lazily. */
export const groupRoutes: Routes = [
  { path: ':groupId', title: 'Group', loadComponent: () => import('./group/group-page').then((m) => m.GroupPage) },
  { path: ':groupId/members/:memberId', title: 'Member', loadComponent: () => import('./member/member-page').then((m) => m.MemberPage) },
];

/** The director's outcomes overview, mounted at `/overview`; loaded lazily with its charts. */
export const overviewRoutes: Routes = [
  { path: '', title: 'Outcomes overview', loadComponent: () => import('./overview/overview-page').then((m) => m.OverviewPage) },
];
