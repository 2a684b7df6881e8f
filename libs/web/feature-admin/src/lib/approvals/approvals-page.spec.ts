import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ApprovalRequest } from '@cohesion/contracts';
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

  async function open(requests: ApprovalRequest[]) {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    const restored = TestBed.inject(AuthStore).restore();
    http.expectOne('/api/auth/me').flush(aCurrentUser({ role: 'director', timeZone: 'UTC' }));
    await restored;
    const fixture = TestBed.createComponent(ApprovalsPage);
    await tick();
    http.expectOne('/api/staff/approvals').flush(requests);
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
});
