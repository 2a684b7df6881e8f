import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { SingleSignOnSettings } from '@cohesion/contracts';
import { SingleSignOnSection } from './single-sign-on-section';

const REDIRECT_URI = 'https://cohesion.clinic.test/sign-in/sso';
const connected: SingleSignOnSettings = {
  redirectUri: REDIRECT_URI,
  provider: {
    issuer: 'https://login.clinic.test',
    clientId: 'cohesion',
    allowedDomains: ['clinic.test'],
    passwordSignIn: true,
    trustProviderMfa: false,
    status: 'active',
    proposedBy: 'Alex Morgan',
    proposedByEmail: 'admin@clinic.test',
    proposedAt: '2026-11-30T10:00:00.000000Z',
    approvedBy: 'Dana Director',
    approvedAt: '2026-11-30T12:00:00.000000Z',
    previouslyApproved: null,
  },
};
const proposed: SingleSignOnSettings = { ...connected, provider: { ...connected.provider!, status: 'awaiting_approval', approvedBy: null, approvedAt: null } };

describe('SingleSignOnSection', () => {
  let http: HttpTestingController;
  const tick = () => new Promise((resolve) => setTimeout(resolve));

  async function open(settings: SingleSignOnSettings) {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(SingleSignOnSection);
    await tick();
    http.expectOne('/api/organization/single-sign-on').flush(settings);
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    const control = (name: string) => page.querySelector(`[name="${name}"]`) as HTMLInputElement;
    const submit = () => (page.querySelector('form') as HTMLFormElement).dispatchEvent(new SubmitEvent('submit', { cancelable: true }));
    const button = (text: string) => Array.from(page.querySelectorAll('button')).find((b) => b.textContent?.trim() === text);
    return { page, fixture, control, submit, button };
  }

  afterEach(() => http.verify());

  it('shows the redirect URI to register and sends the provider with the domains as a list, the secret only when typed', async () => {
    const { page, fixture, control, submit } = await open({ redirectUri: REDIRECT_URI, provider: null });
    expect(page.querySelector('[data-testid="sso-redirect-uri"]')?.textContent).toBe(REDIRECT_URI);
    expect(control('passwordSignIn').checked).toBe(true);
    control('issuer').value = ' https://login.clinic.test ';
    control('clientId').value = 'cohesion';
    control('clientSecret').value = 's3cret';
    control('allowedDomains').value = 'Clinic.test, north.clinic.test';
    control('trustProviderMfa').checked = true;
    submit();
    const put = http.expectOne({ method: 'PUT', url: '/api/organization/single-sign-on' });
    expect(put.request.body).toEqual({
      issuer: 'https://login.clinic.test',
      clientId: 'cohesion',
      clientSecret: 's3cret',
      allowedDomains: ['clinic.test', 'north.clinic.test'],
      passwordSignIn: true,
      trustProviderMfa: true,
    });
    put.flush(proposed);
    await fixture.whenStable();
    expect(control('clientSecret').value).toBe('');
    expect(page.querySelector('[role="status"]')?.textContent).toContain('A clinical director approves it');
    expect(page.querySelector('[data-testid="sso-status"]')?.textContent).toContain('Waiting for a clinical director');
  });

  it('keeps the stored secret when the field is left empty, and shows a refused field’s message beside it', async () => {
    const { page, fixture, control, submit } = await open(connected);
    expect(page.querySelector('[data-testid="sso-status"]')?.textContent).toContain('Active: approved by Dana Director');
    expect(control('allowedDomains').value).toBe('clinic.test');
    expect(page.querySelector('#hint-clientSecret')?.textContent).toContain('Leave empty to keep it.');
    submit();
    const put = http.expectOne({ method: 'PUT', url: '/api/organization/single-sign-on' });
    expect(put.request.body).not.toHaveProperty('clientSecret');
    put.flush(
      {
        status: 422,
        code: 'sso_settings_invalid',
        title: 'These single sign-on settings cannot work',
        errors: [{ field: 'issuer', message: 'https://login.clinic.test did not answer as an OpenID provider.' }],
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await fixture.whenStable();
    expect(page.querySelector('#error-issuer')?.textContent).toContain('did not answer as an OpenID provider');
    expect(control('issuer').getAttribute('aria-invalid')).toBe('true');
  });

  it('removes the provider once the admin confirms, and keeps it when they change their mind', async () => {
    const { page, fixture, button } = await open(connected);
    button('Remove single sign-on')?.click();
    await fixture.whenStable();
    expect(page.textContent).toContain('Remove single sign-on? Everyone signs in with their password again');
    button('Keep it')?.click();
    await fixture.whenStable();
    expect(button('Remove it')).toBeUndefined();
    button('Remove single sign-on')?.click();
    await fixture.whenStable();
    await tick();
    expect(document.activeElement?.textContent?.trim()).toBe('Remove it');
    button('Remove it')?.click();
    http.expectOne({ method: 'DELETE', url: '/api/organization/single-sign-on' }).flush({ redirectUri: REDIRECT_URI, provider: null });
    await fixture.whenStable();
    expect(page.querySelector('[role="status"]')?.textContent).toContain('everyone signs in with their password again');
    expect(button('Remove single sign-on')).toBeUndefined();
  });
});
