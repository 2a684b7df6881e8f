import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ApprovalRequest, SingleSignOnSettings } from '@cohesion/contracts';
import { aCurrentUser } from '@cohesion/testing';
import { AuthStore } from '@cohesion/web/data-access';
import { ApprovalsPage } from './approvals-page';

const waiting: ApprovalRequest = {
  account: { id: 'n', email: 'nia@clinic.test', displayName: 'Nia Okafor', role: 'director' },
  since: '2026-12-01T15:30:00Z',
  requestedBy: { id: 'a', displayName: 'Alex Morgan' },
  fromRole: 'supervisor',
  passwordSet: true,
};

describe('ApprovalsPage', () => {
  let http: HttpTestingController;
  const tick = () => new Promise((resolve) => setTimeout(resolve));

  async function open(
    requests: ApprovalRequest[],
    singleSignOn: SingleSignOnSettings = { redirectUri: 'https://cohesion.clinic.test/sign-in/sso', provider: null },
  ) {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    const restored = TestBed.inject(AuthStore).restore();
    http.expectOne('/api/auth/me').flush(aCurrentUser({ role: 'director', timeZone: 'UTC' }));
    await restored;
    const fixture = TestBed.createComponent(ApprovalsPage);
    await tick();
    http.expectOne('/api/staff/approvals').flush(requests);
    http.expectOne('/api/organization/single-sign-on').flush(singleSignOn);
    await fixture.whenStable();
    return { page: fixture.nativeElement as HTMLElement, fixture };
  }

  afterEach(() => http.verify());

  it('names who asked for which change and since when', async () => {
    const { page } = await open([waiting]);
    const cells = Array.from(page.querySelectorAll('tbody tr > *')).map((cell) => cell.textContent?.trim());
    expect(cells.slice(0, 6)).toEqual([
      'Nia Okafor',
      'nia@clinic.test',
      'from supervisor to clinical director',
      'Alex Morgan',
      expect.stringContaining('2026'),
      'Chosen',
    ]);
  });

  it('approves, says so and reloads the list', async () => {
    const { page, fixture } = await open([waiting]);
    (page.querySelector('button[aria-label="Approve Nia Okafor"]') as HTMLButtonElement).click();
    const post = http.expectOne({ method: 'POST', url: '/api/staff/approvals/n/approve' });
    expect(post.request.body).toEqual({ role: 'director' });
    post.flush({
      ...waiting.account,
      disabled: false,
      secondFactorEnrolled: false,
      createdAt: '',
      passwordSet: true,
      invitationExpiresAt: null,
      pendingApproval: null,
    });
    await tick();
    http.expectOne('/api/staff/approvals').flush([]);
    await fixture.whenStable();
    expect(page.querySelector('[role="status"]')?.textContent?.trim()).toBe('Nia Okafor is approved as clinical director.');
    expect(page.textContent).toContain('Nothing waits for you.');
  });

  it('offers no approval before the person has chosen their password', async () => {
    const { page } = await open([{ ...waiting, passwordSet: false }]);
    expect((page.querySelector('button[aria-label="Approve Nia Okafor"]') as HTMLButtonElement).disabled).toBe(true);
    expect((page.querySelector('button[aria-label="Decline Nia Okafor"]') as HTMLButtonElement).disabled).toBe(false);
  });

  it('shows a provider an admin connected, what it would sign in, and approves the version read', async () => {
    const proposed: SingleSignOnSettings = {
      redirectUri: 'https://cohesion.clinic.test/sign-in/sso',
      provider: {
        issuer: 'https://login.clinic.test',
        clientId: 'cohesion',
        allowedDomains: ['clinic.test', 'north.clinic.test'],
        passwordSignIn: false,
        trustProviderMfa: true,
        status: 'awaiting_approval',
        proposedBy: 'Alex Morgan',
        proposedByEmail: 'admin@clinic.test',
        proposedAt: '2026-11-30T10:00:00.000000Z',
        approvedBy: null,
        approvedAt: null,
        previouslyApproved: { issuer: 'https://login.clinic.test', clientId: 'cohesion-old', allowedDomains: ['clinic.test'], trustProviderMfa: false },
      },
    };
    const { page, fixture } = await open([], proposed);
    const panel = page.querySelector('[aria-labelledby="sso-approval-title"]') as HTMLElement;
    expect(panel.textContent?.replace(/\s+/g, ' ')).toContain('Alex Morgan (admin@clinic.test) changed the approved identity provider');
    expect(Array.from(panel.querySelectorAll('dd')).map((fact) => fact.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'https://login.clinic.test',
      'cohesion (changed; approved was cohesion-old)',
      'clinic.testnorth.clinic.test (new)',
      'No (admins still may)',
      'Yes (changed)',
    ]);
    expect(Array.from(panel.querySelectorAll('li')).map((item) => item.textContent?.trim())).toEqual(['clinic.test', 'north.clinic.test (new)']);
    Array.from(panel.querySelectorAll('button'))
      .find((button) => button.textContent?.trim() === 'Approve single sign-on')!
      .click();
    const post = http.expectOne({ method: 'POST', url: '/api/organization/single-sign-on/approve' });
    expect(post.request.body).toEqual({ proposedAt: '2026-11-30T10:00:00.000000Z' });
    post.flush({ ...proposed, provider: { ...proposed.provider!, status: 'active', approvedBy: 'Dana Director', approvedAt: '2026-12-01T15:00:00.000000Z' } });
    await fixture.whenStable();
    expect(page.querySelector('[aria-labelledby="sso-approval-title"]')).toBeNull();
    expect(page.textContent).toContain('Single sign-on is approved');
  });
});
