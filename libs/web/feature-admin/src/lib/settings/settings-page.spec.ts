import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { OrganizationSettings } from '@cohesion/contracts';
import type { Role } from '@cohesion/domain';
import { aCurrentUser } from '@cohesion/testing';
import { AuthStore } from '@cohesion/web/data-access';
import { SettingsPage } from './settings-page';

const current: OrganizationSettings = { timeZone: 'America/Chicago', smallCellK: 11, lowScoreThreshold: 4, reliability: 0.8 };

describe('SettingsPage', () => {
  let http: HttpTestingController;
  const tick = () => new Promise((resolve) => setTimeout(resolve));

  async function open(role: Role) {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    const restored = TestBed.inject(AuthStore).restore();
    http.expectOne('/api/auth/me').flush(aCurrentUser({ role, timeZone: 'UTC' }));
    await restored;
    const fixture = TestBed.createComponent(SettingsPage);
    await tick();
    http.expectOne('/api/organization/settings').flush(current);
    if (role === 'admin') http.expectOne('/api/organization/single-sign-on').flush({ redirectUri: 'https://cohesion.clinic.test/sign-in/sso', provider: null });
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    const control = (name: string) => page.querySelector(`[name="${name}"]`) as HTMLInputElement;
    return { page, fixture, control };
  }

  afterEach(() => http.verify());

  it('lets an admin change the time zone only, and says who changes the rest', async () => {
    const { page, control } = await open('admin');
    expect(control('timeZone').disabled).toBe(false);
    expect(control('timeZone').value).toBe('America/Chicago');
    expect(['smallCellK', 'lowScoreThreshold', 'reliability'].map((name) => control(name).disabled)).toEqual([true, true, true]);
    expect(page.querySelector('#hint-smallCellK')?.textContent).toContain('Clinical directors change it.');
    expect(page.querySelector('label[for="setting-reliability"]')?.textContent).toBe('Reliability of the measures (r)');
    expect(page.querySelector('#sso-heading')?.textContent).toBe('Single sign-on');
  });

  it('sends a director’s clinical figures and shows each refused field’s message beside it', async () => {
    const { page, fixture, control } = await open('director');
    expect(control('timeZone').disabled).toBe(true);
    control('smallCellK').value = '4';
    control('reliability').value = '0.9';
    (page.querySelector('form') as HTMLFormElement).dispatchEvent(new SubmitEvent('submit', { cancelable: true }));
    const put = http.expectOne({ method: 'PUT', url: '/api/organization/settings' });
    expect(put.request.body).toEqual({ smallCellK: 4, lowScoreThreshold: 4, reliability: 0.9 });
    put.flush(
      {
        type: 'about:blank',
        title: 'The request is not valid',
        status: 400,
        code: 'validation_failed',
        errors: [{ field: 'smallCellK', message: 'smallCellK must be at least 5' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    await tick();
    fixture.detectChanges();
    expect(page.querySelector('#error-smallCellK')?.textContent?.trim()).toBe('The smallest cell (k) must be at least 5.');
    expect(control('smallCellK').getAttribute('aria-invalid')).toBe('true');
    expect(page.querySelector('[role="status"]')?.textContent).toContain('Nothing was saved');
  });
});
