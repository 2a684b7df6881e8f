import type { Routes } from '@angular/router';
import { homeTitle } from './home/home-headings';
import { HomePage } from './home/home-page';

/** Routes of this feature, mounted at `/home`. */
export const groupsRoutes: Routes = [{ path: '', component: HomePage, title: homeTitle }];
