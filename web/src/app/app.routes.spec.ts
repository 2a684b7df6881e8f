import { provideHttpClient, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import { aCurrentUser } from '@cohesion/testing';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Router, TitleStrategy, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { CurrentUser } from '@cohesion/contracts';
import { appRoutes } from './app.routes';
import { PageTitleStrategy } from './page-title.strategy';
import { sessionExpiredInterceptor } from './session-expired.interceptor';

const dana = aCurrentUser();
const unauthorized = { status: 401, statusText: 'Unauthorized' };
const unauthenticated = { type: 'about:blank', title: 'Unauthorized', status: 401, code: 'unauthenticated' };

describe('app routes', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  let router: Router;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(appRoutes),
        { provide: TitleStrategy, useClass: PageTitleStrategy },
        provideHttpClient(withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }), withInterceptors([sessionExpiredInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => http.verify());

  /** Waits (lazy routes, guards) until the app has sent this request. */
  async function request(url: string): Promise<TestRequest> {
    for (let attempt = 0; attempt < 50; attempt++) {
      const [pending] = http.match(url);
      if (pending) return pending;
      await new Promise((resolve) => setTimeout(resolve));
    }
    return http.expectOne(url);
  }

  async function settle(): Promise<HTMLElement> {
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
    return harness.fixture.nativeElement as HTMLElement;
  }

  async function signInAs(user: CurrentUser, url = '/'): Promise<HTMLElement> {
    const navigation = harness.navigateByUrl(url);
    (await request('/api/auth/me')).flush(user);
    await navigation;
    (await request('/api/groups')).flush([]);
    return settle();
  }

  const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();

  it('sends a signed-out visitor to sign in, remembering the page they wanted', async () => {
    const navigation = harness.navigateByUrl('/home');
    (await request('/api/auth/me')).flush(unauthenticated, unauthorized);
    await navigation;
    const page = await settle();
    expect(router.url).toBe('/sign-in?returnUrl=%2Fhome');
    expect(TestBed.inject(Title).getTitle()).toBe('Sign in · Cohesion');
    expect(page.querySelector('ch-sign-in-page')).not.toBeNull();
    expect(page.querySelector('ch-app-shell')).toBeNull();
  });

  it('opens a signed-in facilitator on their home page inside the shell', async () => {
    const page = await signInAs(dana);
    expect(router.url).toBe('/home');
    expect(TestBed.inject(Title).getTitle()).toBe('My groups · Cohesion');

    const topBar = page.querySelector('header');
    expect(text(topBar)).toContain('Cohesion');
    expect(text(topBar)).toContain('Riverside Clinic');
    expect(text(topBar)).toContain('Dana Reyes');
    expect(text(topBar)).toContain('Facilitator');
    expect(text(topBar?.querySelector('button'))).toBe('Sign out');

    const links = Array.from(page.querySelectorAll('nav[aria-label="Main"] a'));
    expect(links.map(text)).toEqual(['Home']);
    expect(links[0].getAttribute('aria-current')).toBe('page');

    expect(text(page.querySelector('a.skip-link'))).toBe('Skip to main content');
    expect(text(page.querySelector('main#main h1'))).toBe('My groups');
  });

  it('moves focus to the main content from the skip link', async () => {
    const page = await signInAs(dana);
    page.querySelector<HTMLAnchorElement>('a.skip-link')!.click();
    expect(document.activeElement).toBe(page.querySelector('main#main'));
    expect(router.url).toBe('/home');
  });

  it('keeps a signed-in person away from the sign-in page', async () => {
    await signInAs(dana);
    await harness.navigateByUrl('/sign-in');
    expect(router.url).toBe('/home');
  });

  it('signs out (sending the CSRF token) and returns to the sign-in page', async () => {
    const page = await signInAs(dana);
    document.cookie = 'XSRF-TOKEN=token-from-server; path=/';
    Array.from(page.querySelectorAll('button'))
      .find((button) => text(button) === 'Sign out')!
      .click();
    const logout = await request('/api/auth/logout');
    expect(logout.request.method).toBe('POST');
    expect(logout.request.headers.get('X-XSRF-TOKEN')).toBe('token-from-server');
    logout.flush(null, { status: 204, statusText: 'No Content' });
    const after = await settle();
    expect(router.url).toBe('/sign-in');
    expect(after.querySelector('ch-sign-in-page')).not.toBeNull();
  });

  it('sends the person to sign in again when their session expires', async () => {
    const navigation = harness.navigateByUrl('/home');
    (await request('/api/auth/me')).flush(dana);
    await navigation;
    (await request('/api/groups')).flush(unauthenticated, unauthorized);
    await settle();
    expect(router.url).toBe('/sign-in?returnUrl=%2Fhome');
  });

  it('shows "Page not found" for unknown addresses', async () => {
    await signInAs(dana);
    await harness.navigateByUrl('/nowhere');
    const page = await settle();
    expect(text(page.querySelector('main h1'))).toBe('Page not found');
    expect(TestBed.inject(Title).getTitle()).toBe('Page not found · Cohesion');
  });
});
