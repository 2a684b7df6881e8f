import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { aCurrentUser } from '@cohesion/testing';
import { AuthStore } from '@cohesion/web/data-access';
import { AccountPage } from './account-page';

describe('AccountPage', () => {
  let http: HttpTestingController;

  async function open(enrolled: boolean, overrides: Parameters<typeof aCurrentUser>[0] = {}): Promise<HTMLElement> {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    const restored = TestBed.inject(AuthStore).restore();
    http.expectOne('/api/auth/me').flush(aCurrentUser({ secondFactorEnrolled: enrolled, ...overrides }));
    await restored;
    const fixture = TestBed.createComponent(AccountPage);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const field = (page: HTMLElement, id: string) => page.querySelector<HTMLInputElement>(`#${id}`)!;
  const settle = () => new Promise((resolve) => setTimeout(resolve));

  afterEach(() => http.verify());

  it('changes the password and says the other sessions ended; shows the server’s reason when refused', async () => {
    const page = await open(true);
    field(page, 'current-password').value = 'correct horse battery staple';
    field(page, 'new-password').value = 'qwerty123456';
    page.querySelector('form')!.dispatchEvent(new SubmitEvent('submit', { cancelable: true }));
    http.expectOne('/api/auth/password').flush(
      {
        type: 'about:blank',
        title: 'Choose another password',
        status: 422,
        code: 'unacceptable_password',
        detail: 'This password appears in lists of breached passwords.',
      },
      { status: 422, statusText: 'Unprocessable' },
    );
    await settle();
    expect(page.querySelector('[role="alert"]')?.textContent?.trim()).toBe('Choose another password. This password appears in lists of breached passwords.');

    field(page, 'new-password').value = 'four calm words here';
    page.querySelector('form')!.dispatchEvent(new SubmitEvent('submit', { cancelable: true }));
    const request = http.expectOne({ method: 'POST', url: '/api/auth/password' });
    expect(request.request.body).toEqual({ currentPassword: 'correct horse battery staple', newPassword: 'four calm words here' });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect(page.querySelector('[role="status"]')?.textContent?.trim()).toBe('Password changed. Your other sessions have been signed out.');
    expect(field(page, 'new-password').value).toBe('');
  });

  it('sets up an authenticator for someone without one and keeps the recovery codes on screen until dismissed', async () => {
    const page = await open(false);
    const button = (text: string) => Array.from(page.querySelectorAll('button')).find((b) => b.textContent?.trim() === text)!;
    button('Set up authenticator app').click();
    http
      .expectOne('/api/auth/second-factor/enrollment')
      .flush({ secret: 'JBSWY3DPEHPK3PXP', otpauthUri: 'otpauth://totp/x', qrCodeSvg: 'data:image/svg+xml;base64,PHN2Zy8+' });
    await settle();
    field(page, 'enrollment-code').value = '123456';
    page.querySelectorAll('form')[1].dispatchEvent(new SubmitEvent('submit', { cancelable: true }));
    http
      .expectOne('/api/auth/second-factor/enrollment/confirmation')
      .flush({ user: aCurrentUser({ secondFactor: 'verified', secondFactorEnrolled: true }), recoveryCodes: ['abcde-fghjk'] });
    await settle();
    expect(page.querySelector('[aria-label="Recovery codes"]')?.textContent?.trim()).toBe('abcde-fghjk');

    button('I saved my recovery codes').click();
    await settle();
    expect(page.querySelector('[aria-labelledby="authenticator-heading"] [role="status"]')?.textContent?.trim()).toBe(
      'Set up. Signing in will ask for a code from your app.',
    );
  });

  it('says the authenticator is set up, and how to recover, to someone who has one', async () => {
    const page = await open(true);
    expect(page.querySelector('ch-authenticator-enrollment')).toBeNull();
    expect(page.querySelector('[aria-labelledby="authenticator-heading"] p')?.textContent).toMatch(/^Set up\. .*ask an admin to reset it\.$/);
  });

  it('lets a supervisor turn the weekly email off, and offers it to no facilitator', async () => {
    expect((await open(true)).textContent).not.toContain('Weekly email');
    TestBed.resetTestingModule();
    const page = await open(true, { role: 'supervisor', weeklyDigest: true });
    const checkbox = page.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(checkbox.checked).toBe(true);
    checkbox.focus();
    checkbox.checked = false;
    checkbox.dispatchEvent(new Event('change'));
    await settle();
    // Keyboard focus stays on the checkbox while it saves (outside review: it fell to the page), and the outcome is said.
    expect(document.activeElement).toBe(checkbox);
    const put = http.expectOne({ method: 'PUT', url: '/api/auth/weekly-digest' });
    expect(put.request.body).toEqual({ enabled: false });
    put.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect(TestBed.inject(AuthStore).user()?.weeklyDigest).toBe(false);
    await settle();
    expect(page.querySelector('[aria-labelledby="digest-heading"] [role="status"]')?.textContent).toBe('Saved: no weekly email.');
    expect(document.activeElement).toBe(checkbox);
  });
});
