import { provideHttpClient } from '@angular/common/http';
import { aCurrentUser } from '@cohesion/testing';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AuthStore, BrowserNavigation } from '@cohesion/web/data-access';
import { SignInPage } from './sign-in-page';
import { landingGuard } from '../auth.guards';

@Component({ template: 'destination', changeDetection: ChangeDetectionStrategy.OnPush })
class Destination {}

const dana = aCurrentUser();

describe('SignInPage', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  const leftFor: string[] = [];

  async function open(url = '/sign-in'): Promise<HTMLElement> {
    leftFor.length = 0;
    TestBed.configureTestingModule({
      providers: [
        { provide: BrowserNavigation, useValue: { leaveFor: (to: string) => leftFor.push(to) } },
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'sign-in', component: SignInPage },
          { path: '', pathMatch: 'full', canActivate: [landingGuard], children: [] },
          { path: 'home', component: Destination },
          { path: 'overview', component: Destination },
          { path: 'groups/:id', component: Destination },
        ]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create(url);
    return harness.routeNativeElement as HTMLElement;
  }

  const byLabel = (page: HTMLElement, text: string) => {
    const label = Array.from(page.querySelectorAll('label')).find((l) => l.textContent?.trim() === text);
    return page.querySelector<HTMLInputElement>(`#${label?.htmlFor}`);
  };
  const submitButton = (page: HTMLElement) => Array.from(page.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Sign in');
  const alert = (page: HTMLElement) => page.querySelector('[role="alert"]')?.textContent?.trim();

  function fillIn(page: HTMLElement, email: string, password: string): void {
    byLabel(page, 'Email')!.value = email;
    byLabel(page, 'Password')!.value = password;
  }

  /** Submits the form as pressing Enter in a field would. */
  function submit(page: HTMLElement): void {
    page.querySelector('form')!.dispatchEvent(new SubmitEvent('submit', { bubbles: true, cancelable: true }));
  }

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  }

  afterEach(() => http.verify());

  it('has labelled fields with autocomplete hints and a "Sign in" submit button', async () => {
    const page = await open();
    expect(byLabel(page, 'Email')?.getAttribute('autocomplete')).toBe('username');
    expect(byLabel(page, 'Email')?.type).toBe('email');
    expect(byLabel(page, 'Password')?.getAttribute('autocomplete')).toBe('current-password');
    expect(byLabel(page, 'Password')?.type).toBe('password');
    expect(submitButton(page)?.type).toBe('submit');
    expect(submitButton(page)?.disabled).toBe(false);
    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Sign in');
  });

  it('submits the credentials, disables the button meanwhile, then goes home', async () => {
    const page = await open();
    fillIn(page, ' dana@clinic.test ', 'correct horse');
    submit(page);
    await harness.fixture.whenStable();

    const request = http.expectOne({ method: 'POST', url: '/api/auth/login' });
    expect(request.request.body).toEqual({ email: 'dana@clinic.test', password: 'correct horse' });
    expect(submitButton(page)?.disabled).toBe(true);

    request.flush({ user: dana });
    await settle();
    expect(TestBed.inject(Router).url).toBe('/home');
    expect(TestBed.inject(AuthStore).user()).toEqual(dana);
  });

  it('goes to the returnUrl after signing in', async () => {
    const page = await open('/sign-in?returnUrl=%2Fgroups%2F42');
    fillIn(page, 'dana@clinic.test', 'correct horse');
    submit(page);
    http.expectOne('/api/auth/login').flush({ user: dana });
    await settle();
    expect(TestBed.inject(Router).url).toBe('/groups/42');
  });

  it('shows the problem message on 401 and lets the person try again', async () => {
    const page = await open();
    fillIn(page, 'dana@clinic.test', 'wrong');
    submit(page);
    http.expectOne('/api/auth/login').flush(
      {
        type: 'about:blank',
        title: 'Email or password is incorrect',
        status: 401,
        code: 'invalid_credentials',
        detail: 'Check both and try again.',
      },
      { status: 401, statusText: 'Unauthorized' },
    );
    await settle();

    expect(alert(page)).toBe('Email or password is incorrect. Check both and try again.');
    expect(byLabel(page, 'Password')?.getAttribute('aria-invalid')).toBe('true');
    expect(submitButton(page)?.disabled).toBe(false);
    expect(TestBed.inject(Router).url).toBe('/sign-in');
  });

  it('explains when the server cannot be reached', async () => {
    const page = await open();
    fillIn(page, 'dana@clinic.test', 'correct horse');
    submit(page);
    http.expectOne('/api/auth/login').error(new ProgressEvent('error'));
    await settle();
    expect(alert(page)).toBe('Cannot reach Cohesion. Check your connection and try again.');
  });

  it('asks for both fields without calling the server', async () => {
    const page = await open();
    fillIn(page, 'dana@clinic.test', '');
    submit(page);
    await harness.fixture.whenStable();
    http.expectNone('/api/auth/login');
    expect(alert(page)).toBe('Enter your email and password.');
    expect(document.activeElement).toBe(byLabel(page, 'Password'));
  });

  it('asks for the authenticator code after a right password, then goes on; a recovery code works instead', async () => {
    const page = await open('/sign-in?returnUrl=%2Fgroups%2F42');
    fillIn(page, 'dana@clinic.test', 'correct horse');
    submit(page);
    http.expectOne('/api/auth/login').flush({ user: { ...dana, secondFactor: 'pending', secondFactorEnrolled: true } });
    await settle();
    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Enter your code');
    const code = byLabel(page, 'Code from your authenticator app')!;
    expect(code.getAttribute('autocomplete')).toBe('one-time-code');

    code.value = '12345';
    submit(page);
    await settle();
    http.expectNone('/api/auth/second-factor');
    expect(alert(page)).toBe('Enter the six digits your authenticator app shows.');

    Array.from(page.querySelectorAll('button'))
      .find((b) => b.textContent?.includes('recovery code'))!
      .click();
    await settle();
    byLabel(page, 'Recovery code')!.value = 'abcde-fghjk';
    submit(page);
    const request = http.expectOne({ method: 'POST', url: '/api/auth/second-factor' });
    expect(request.request.body).toEqual({ recoveryCode: 'abcde-fghjk' });
    request.flush({ user: { ...dana, secondFactor: 'verified', secondFactorEnrolled: true } });
    await settle();
    expect(TestBed.inject(Router).url).toBe('/groups/42');
  });

  it('walks someone whose role requires a second factor through enrolling, and shows the recovery codes once', async () => {
    const page = await open();
    fillIn(page, 'dana@clinic.test', 'correct horse');
    submit(page);
    http.expectOne('/api/auth/login').flush({ user: { ...dana, role: 'director', secondFactor: 'enrollment_required' } });
    await settle();
    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Set up a second factor');

    Array.from(page.querySelectorAll('button'))
      .find((b) => b.textContent?.trim() === 'Set up authenticator app')!
      .click();
    http
      .expectOne('/api/auth/second-factor/enrollment')
      .flush({ secret: 'JBSWY3DPEHPK3PXP', otpauthUri: 'otpauth://totp/x', qrCodeSvg: 'data:image/svg+xml;base64,PHN2Zy8+' });
    await settle();
    expect(page.querySelector('img')?.getAttribute('alt')).toBe('QR code to add Cohesion to your authenticator app');
    expect(page.querySelector('[aria-label="Setup key"]')?.textContent).toBe('JBSWY3DPEHPK3PXP');

    byLabel(page, 'Then enter the code the app shows')!.value = '654 321';
    submit(page);
    const confirmation = http.expectOne('/api/auth/second-factor/enrollment/confirmation');
    expect(confirmation.request.body).toEqual({ code: '654321' });
    confirmation.flush({
      user: { ...dana, role: 'director', secondFactor: 'verified', secondFactorEnrolled: true },
      recoveryCodes: ['abcde-fghjk', 'mnpqr-stuvw'],
    });
    await settle();
    expect(Array.from(page.querySelectorAll('[aria-label="Recovery codes"] li')).map((li) => li.textContent?.trim())).toEqual(['abcde-fghjk', 'mnpqr-stuvw']);

    Array.from(page.querySelectorAll('button'))
      .find((b) => b.textContent?.trim() === 'I saved my recovery codes')!
      .click();
    await settle();
    // A director lands on their outcomes overview.
    expect(TestBed.inject(Router).url).toBe('/overview');
  });

  describe('single sign-on', () => {
    const ssoButton = (page: HTMLElement) => Array.from(page.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Use single sign-on');

    it('sends the browser to the provider of the email’s organization, with no password', async () => {
      const page = await open();
      byLabel(page, 'Email')!.value = ' ana@clinic.test ';
      ssoButton(page)!.click();
      const start = http.expectOne({ method: 'POST', url: '/api/auth/sso' });
      expect(start.request.body).toEqual({ email: 'ana@clinic.test' });
      start.flush({ authorizationUrl: 'https://login.clinic.test/authorize?state=s' });
      await settle();
      expect(leftFor).toEqual(['https://login.clinic.test/authorize?state=s']);
    });

    it('asks for the email first, and says so when the domain has no single sign-on', async () => {
      const page = await open();
      ssoButton(page)!.click();
      await settle();
      expect(alert(page)).toBe('Enter your work email first: it tells Cohesion which organization’s sign-in to open.');
      expect(document.activeElement).toBe(byLabel(page, 'Email'));

      byLabel(page, 'Email')!.value = 'ana@elsewhere.test';
      ssoButton(page)!.click();
      http.expectOne('/api/auth/sso').flush(
        {
          status: 404,
          code: 'sso_not_available',
          title: 'Single sign-on is not set up for this email',
          detail: 'Your organization has not set up single sign-on for this address. Sign in with your password.',
        },
        { status: 404, statusText: 'Not Found' },
      );
      await settle();
      expect(alert(page)).toContain('Sign in with your password.');
      expect(leftFor).toEqual([]);
      expect(ssoButton(page)!.disabled).toBe(false);
    });
  });
});
