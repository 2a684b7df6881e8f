import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { aCurrentUser } from '@cohesion/testing';
import { SingleSignOnReturnPage } from './single-sign-on-return-page';

@Component({ template: 'destination', changeDetection: ChangeDetectionStrategy.OnPush })
class Destination {}

describe('SingleSignOnReturnPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  async function returnFromProvider(query: string): Promise<HTMLElement> {
    history.replaceState(null, '', `/sign-in/sso${query}`);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'sign-in/sso', component: SingleSignOnReturnPage },
          { path: 'sign-in', component: Destination },
          { path: '', component: Destination },
        ]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create('/sign-in/sso');
    return harness.routeNativeElement as HTMLElement;
  }
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  };

  afterEach(() => http.verify());

  it('hands the provider’s answer to the API, takes the code out of the address bar and goes home', async () => {
    await returnFromProvider('?code=abc&state=xyz&iss=https%3A%2F%2Flogin.clinic.test');
    expect(location.search).toBe('');
    const callback = http.expectOne({ method: 'POST', url: '/api/auth/sso/callback' });
    expect(callback.request.body).toEqual({ callbackQuery: 'code=abc&state=xyz&iss=https%3A%2F%2Flogin.clinic.test' });
    callback.flush({ user: aCurrentUser() });
    await settle();
    expect(TestBed.inject(Router).url).toBe('/');
  });

  it('goes to the sign-in page when a second factor is still owed', async () => {
    await returnFromProvider('?code=abc&state=xyz');
    http.expectOne('/api/auth/sso/callback').flush({ user: aCurrentUser({ secondFactor: 'pending' }) });
    await settle();
    expect(TestBed.inject(Router).url).toBe('/sign-in');
  });

  it('shows the API’s refusal in words, with the way back', async () => {
    const page = await returnFromProvider('?code=abc&state=forged');
    http.expectOne('/api/auth/sso/callback').flush(
      {
        status: 403,
        code: 'sso_no_account',
        title: 'No Cohesion account for this sign-in',
        detail: 'The identity provider signed you in with an address that has no enabled account in this organization.',
      },
      { status: 403, statusText: 'Forbidden' },
    );
    await settle();
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('no enabled account in this organization');
    expect(page.querySelector('a[href="/sign-in"]')).not.toBeNull();
  });

  it('says there is nothing to finish when the page is opened without an answer', async () => {
    const page = await returnFromProvider('');
    await settle();
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('there is none to finish');
  });
});
