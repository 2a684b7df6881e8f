import { provideHttpClient } from '@angular/common/http';
import { aCurrentUser } from '@cohesion/testing';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { AuthStore } from './auth-store';

const dana = aCurrentUser();

const problem = (status: number, code: string, detail: string) => ({
  type: 'about:blank',
  title: 'Email or password is incorrect',
  status,
  code,
  detail,
});

describe('AuthStore', () => {
  let store: AuthStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    store = TestBed.inject(AuthStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('starts unknown, with nobody signed in', () => {
    expect(store.status()).toBe('unknown');
    expect(store.user()).toBeNull();
  });

  it('restore() signs the user in when the session is valid', async () => {
    const restored = store.restore();
    http.expectOne({ method: 'GET', url: '/api/auth/me' }).flush(dana);
    await restored;
    expect(store.status()).toBe('signed-in');
    expect(store.user()).toEqual(dana);
  });

  it('restore() marks the user signed out on 401', async () => {
    const restored = store.restore();
    http.expectOne('/api/auth/me').flush(problem(401, 'unauthenticated', 'Sign in first.'), { status: 401, statusText: 'Unauthorized' });
    await restored;
    expect(store.status()).toBe('signed-out');
    expect(store.user()).toBeNull();
  });

  it('concurrent restore() calls share one request', async () => {
    const first = store.restore();
    const second = store.restore();
    http.expectOne('/api/auth/me').flush(dana);
    await Promise.all([first, second]);
    expect(store.status()).toBe('signed-in');
  });

  it('signIn() posts the credentials and signs the user in', async () => {
    const result = store.signIn('dana@clinic.test', 'correct horse');
    const request = http.expectOne({ method: 'POST', url: '/api/auth/login' });
    expect(request.request.body).toEqual({ email: 'dana@clinic.test', password: 'correct horse' });
    request.flush({ user: dana });
    await expect(result).resolves.toEqual({ ok: true, value: dana });
    expect(store.status()).toBe('signed-in');
    expect(store.user()?.displayName).toBe('Dana Reyes');
  });

  it('signIn() resolves to the problem message on 401 and stays signed out', async () => {
    store.markSignedOut();
    const result = store.signIn('dana@clinic.test', 'wrong');
    http.expectOne('/api/auth/login').flush(problem(401, 'invalid_credentials', 'Check both and try again.'), {
      status: 401,
      statusText: 'Unauthorized',
    });
    await expect(result).resolves.toEqual({ ok: false, message: 'Email or password is incorrect. Check both and try again.' });
    expect(store.status()).toBe('signed-out');
    expect(store.user()).toBeNull();
  });

  it('a right password that still owes a code leaves the store in second-factor until the code is proved', async () => {
    const signedIn = store.signIn('dana@clinic.test', 'correct horse');
    http.expectOne('/api/auth/login').flush({ user: { ...dana, secondFactor: 'pending', secondFactorEnrolled: true } });
    await signedIn;
    expect(store.status()).toBe('second-factor');

    const proved = store.proveSecondFactor({ code: '123456' });
    const request = http.expectOne({ method: 'POST', url: '/api/auth/second-factor' });
    expect(request.request.body).toEqual({ code: '123456' });
    request.flush({ user: { ...dana, secondFactor: 'verified', secondFactorEnrolled: true } });
    await expect(proved).resolves.toMatchObject({ ok: true });
    expect(store.status()).toBe('signed-in');
  });

  it('enrolls an authenticator: the QR code first, then the recovery codes once a code confirms it', async () => {
    const begun = store.beginEnrollment();
    http
      .expectOne({ method: 'POST', url: '/api/auth/second-factor/enrollment' })
      .flush({ secret: 'ABC', otpauthUri: 'otpauth://totp/x', qrCodeSvg: 'data:image/svg+xml;base64,' });
    await expect(begun).resolves.toEqual({ ok: true, value: { secret: 'ABC', otpauthUri: 'otpauth://totp/x', qrCodeSvg: 'data:image/svg+xml;base64,' } });

    const confirmed = store.confirmEnrollment('654321');
    http
      .expectOne('/api/auth/second-factor/enrollment/confirmation')
      .flush({ user: { ...dana, secondFactor: 'verified', secondFactorEnrolled: true }, recoveryCodes: ['abcde-fghjk'] });
    await expect(confirmed).resolves.toEqual({ ok: true, value: ['abcde-fghjk'] });
    expect(store.user()?.secondFactorEnrolled).toBe(true);
    expect(store.status()).toBe('signed-in');
  });

  it('signOut() posts to /api/auth/logout and forgets the user', async () => {
    const signedIn = store.signIn('dana@clinic.test', 'correct horse');
    http.expectOne('/api/auth/login').flush({ user: dana });
    await signedIn;

    const signedOut = store.signOut();
    const request = http.expectOne({ method: 'POST', url: '/api/auth/logout' });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await signedOut;
    expect(store.status()).toBe('signed-out');
    expect(store.user()).toBeNull();
  });

  it('signOut() forgets the user even when the server cannot be reached', async () => {
    const restored = store.restore();
    http.expectOne('/api/auth/me').flush(dana);
    await restored;

    const signedOut = store.signOut();
    http.expectOne('/api/auth/logout').error(new ProgressEvent('error'));
    await signedOut;
    expect(store.status()).toBe('signed-out');
  });
});
