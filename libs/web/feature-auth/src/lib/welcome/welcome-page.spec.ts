import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, Router, provideRouter } from '@angular/router';
import { aCurrentUser } from '@cohesion/testing';
import { WelcomePage } from './welcome-page';

const TOKEN = 'k'.repeat(43);

describe('WelcomePage', () => {
  let http: HttpTestingController;
  const tick = () => new Promise((resolve) => setTimeout(resolve));

  async function open(fragment: string | null) {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), { provide: ActivatedRoute, useValue: { snapshot: { fragment } } }],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(WelcomePage);
    await tick();
    return { fixture, page: fixture.nativeElement as HTMLElement };
  }

  afterEach(() => http.verify());

  it('reads the token from after # and says whom the invitation is for', async () => {
    const { fixture, page } = await open(`token=${TOKEN}`);
    const details = http.expectOne({ method: 'POST', url: '/api/auth/invitation/details' });
    expect(details.request.body).toEqual({ token: TOKEN });
    details.flush({ email: 'nia@clinic.test', displayName: 'Nia Okafor', organizationName: 'Riverside Clinic', expiresAt: '2026-12-05T10:00:00Z' });
    await fixture.whenStable();
    expect(page.textContent).toContain('Riverside Clinic invited Nia Okafor (nia@clinic.test)');
  });

  it('refuses two different passwords before asking the server, then sets the password and goes on to the waiting page', async () => {
    const { fixture, page } = await open(`token=${TOKEN}`);
    http
      .expectOne('/api/auth/invitation/details')
      .flush({ email: 'nia@clinic.test', displayName: 'Nia', organizationName: 'Riverside', expiresAt: '2026-12-05T10:00:00Z' });
    await fixture.whenStable();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    const type = (id: string, value: string) => ((page.querySelector(`#${id}`) as HTMLInputElement).value = value);
    type('welcome-password', 'four words of mine');
    type('welcome-repeat', 'four words of yours');
    page.querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('The two passwords differ');

    type('welcome-repeat', 'four words of mine');
    page.querySelector('form')?.dispatchEvent(new Event('submit'));
    const accept = http.expectOne({ method: 'POST', url: '/api/auth/invitation/acceptance' });
    expect(accept.request.body).toEqual({ token: TOKEN, password: 'four words of mine' });
    accept.flush({ user: aCurrentUser({ approval: 'pending' }) });
    await tick();
    expect(navigate).toHaveBeenCalledWith('/awaiting-approval', { replaceUrl: true });
  });

  it('says plainly that a link without its token cannot work, and asks the server nothing', async () => {
    const { fixture, page } = await open(null);
    await fixture.whenStable();
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('This link is incomplete');
  });
});
