import { provideHttpClient, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import { ApplicationConfig, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection } from '@angular/core';
import { provideAnimationsAsync } from '@angular/platform-browser/animations/async';
import { TitleStrategy, provideRouter } from '@angular/router';
import { appRoutes } from './app.routes';
import { PageTitleStrategy } from './page-title.strategy';
import { sessionExpiredInterceptor } from './session-expired.interceptor';

/** Application-wide providers: zoneless change detection, router, HttpClient with the API's CSRF convention. */
export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(appRoutes),
    // ngx-charts declares animations; 'noop' keeps the dashboard calm, and the engine loads only with the first chart.
    provideAnimationsAsync('noop'),
    { provide: TitleStrategy, useClass: PageTitleStrategy },
    provideHttpClient(withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }), withInterceptors([sessionExpiredInterceptor])),
  ],
};
