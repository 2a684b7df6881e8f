import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { aCurrentUser } from '@cohesion/testing';
import { AuthStore } from '@cohesion/web/data-access';
import { AppShell } from './app-shell';

describe('AppShell', () => {
  let http: HttpTestingController;

  async function open(user: ReturnType<typeof aCurrentUser>) {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    http = TestBed.inject(HttpTestingController);
    const restored = TestBed.inject(AuthStore).restore();
    http.expectOne('/api/auth/me').flush(user);
    await restored;
    const fixture = TestBed.createComponent(AppShell);
    await fixture.whenStable();
    return { fixture, page: fixture.nativeElement as HTMLElement };
  }

  afterEach(() => http.verify());

  it('tells the person when someone with their password was stopped at the second factor, until they dismiss it', async () => {
    const { fixture, page } = await open(aCurrentUser({ timeZone: 'UTC', securityNotice: { kind: 'second_factor_guessing', at: '2026-12-01T21:05:00Z' } }));
    const notice = page.querySelector('[role="alert"]');
    expect(notice?.textContent).toContain('too many wrong authenticator codes');
    expect(notice?.querySelector('a')?.getAttribute('href')).toBe('/account');

    (Array.from(page.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Dismiss') as HTMLButtonElement).click();
    http.expectOne({ method: 'POST', url: '/api/auth/security-notice/dismissal' }).flush(null);
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    expect(page.querySelector('[role="alert"]')).toBeNull();
  });

  it('shows no notice when there is none', async () => {
    const { page } = await open(aCurrentUser());
    expect(page.querySelector('[role="alert"]')).toBeNull();
  });
});
