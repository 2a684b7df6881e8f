import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, provideRouter } from '@angular/router';
import { BehaviorSubject } from 'rxjs';
import { ForgotPasswordPage } from './forgot-password-page';
import { ResetPasswordPage } from './reset-password-page';

const TOKEN = 'r'.repeat(43);

describe('password reset pages', () => {
  let http: HttpTestingController;
  const tick = () => new Promise((resolve) => setTimeout(resolve));

  let fragments: BehaviorSubject<string | null>;

  function configure(fragment: string | null = null) {
    fragments = new BehaviorSubject(fragment);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: ActivatedRoute, useValue: { snapshot: { fragment }, fragment: fragments } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  }
  const type = (page: HTMLElement, id: string, value: string) => ((page.querySelector(`#${id}`) as HTMLInputElement).value = value);
  const submit = (page: HTMLElement) => page.querySelector('form')?.dispatchEvent(new Event('submit'));

  afterEach(() => http.verify());

  it('asks for a link without saying whether the address has an account, and points to the mailbox in the demo', async () => {
    configure();
    const fixture = TestBed.createComponent(ForgotPasswordPage);
    const page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    type(page, 'forgot-email', 'not an email');
    submit(page);
    await fixture.whenStable();
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Give the email address you sign in with');

    type(page, 'forgot-email', ' nia@clinic.test ');
    submit(page);
    const request = http.expectOne({ method: 'POST', url: '/api/auth/password-reset' });
    expect(request.request.body).toEqual({ email: 'nia@clinic.test' });
    request.flush({ status: 'accepted' }, { status: 202, statusText: 'Accepted' });
    await tick();
    http.expectOne('/api/demo/mail').flush([]);
    await tick();
    await fixture.whenStable();
    expect(page.querySelector('[role="status"]')?.textContent).toContain('If nia@clinic.test belongs to a Cohesion account, an email with a link');
    expect(page.querySelector('a[href="/mailbox"]')?.textContent).toBe('demo mailbox');
  });

  it('sets the new password through the link, and says how to go on when the link no longer works', async () => {
    configure(`token=${TOKEN}`);
    const fixture = TestBed.createComponent(ResetPasswordPage);
    const page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    type(page, 'reset-password', 'four words of mine');
    type(page, 'reset-repeat', 'four words of mine');
    submit(page);
    http.expectOne({ method: 'POST', url: '/api/auth/password-reset/confirm' }).flush(
      {
        type: 'https://cohesion.app/problems/link_invalid',
        title: 'This link is no longer valid',
        status: 400,
        code: 'link_invalid',
        detail: 'Links work once.',
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('This link is no longer valid');
    expect(page.querySelector('a[href="/forgot-password"]')).not.toBeNull();

    submit(page);
    const confirmation = http.expectOne({ method: 'POST', url: '/api/auth/password-reset/confirm' });
    expect(confirmation.request.body).toEqual({ token: TOKEN, password: 'four words of mine' });
    confirmation.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(page.querySelector('[role="status"]')?.textContent).toContain('Your password is changed, and you are signed out everywhere');
  });

  it('sends the token of the link opened last in the tab, and takes it out of the address bar', async () => {
    // An outside review opened a second link in the same tab: the page still sent the first token.
    history.replaceState(null, '', `/reset-password#token=${TOKEN}`);
    configure(`token=${TOKEN}`);
    const fixture = TestBed.createComponent(ResetPasswordPage);
    const page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    expect([location.pathname, location.hash]).toEqual(['/reset-password', '']);
    const newer = 's'.repeat(43);
    fragments.next(`token=${newer}`);
    await fixture.whenStable();
    type(page, 'reset-password', 'four words of mine');
    type(page, 'reset-repeat', 'four words of mine');
    submit(page);
    const confirmation = http.expectOne({ method: 'POST', url: '/api/auth/password-reset/confirm' });
    expect(confirmation.request.body).toEqual({ token: newer, password: 'four words of mine' });
    confirmation.flush(null, { status: 204, statusText: 'No Content' });
  });

  it('says a link without its token cannot work, and asks the server nothing', async () => {
    configure(null);
    const fixture = TestBed.createComponent(ResetPasswordPage);
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).querySelector('[role="alert"]')?.textContent).toContain('This link is incomplete');
  });
});
