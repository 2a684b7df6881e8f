import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { StaffAccountDetails } from '@cohesion/contracts';
import { aCurrentUser } from '@cohesion/testing';
import { AuthStore } from '@cohesion/web/data-access';
import { StaffPage } from './staff-page';

const account = (id: string, displayName: string, role: StaffAccountDetails['role'], extra: Partial<StaffAccountDetails> = {}): StaffAccountDetails => ({
  id,
  email: `${id}@clinic.test`,
  displayName,
  role,
  disabled: false,
  secondFactorEnrolled: false,
  createdAt: '2026-11-01T00:00:00Z',
  passwordSet: true,
  invitationExpiresAt: null,
  pendingApproval: null,
  ...extra,
});

describe('StaffPage', () => {
  let http: HttpTestingController;

  async function open(): Promise<{ page: HTMLElement; settle: () => Promise<void> }> {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    const restored = TestBed.inject(AuthStore).restore();
    http.expectOne('/api/auth/me').flush(aCurrentUser({ id: 'me', role: 'admin' }));
    await restored;
    const fixture = TestBed.createComponent(StaffPage);
    const tick = () => new Promise((resolve) => setTimeout(resolve));
    await tick();
    http
      .expectOne('/api/staff/accounts')
      .flush([
        account('me', 'Alex Morgan', 'admin'),
        account('d', 'Dana Reyes', 'director', { secondFactorEnrolled: true }),
        account('f', 'Ana Lima', 'facilitator', { disabled: true }),
      ]);
    http.expectOne('/api/organization/security').flush({ secondFactorPolicy: 'privileged_roles' });
    await fixture.whenStable();
    return {
      page: fixture.nativeElement as HTMLElement,
      settle: async () => {
        await tick();
        await fixture.whenStable();
      },
    };
  }

  afterEach(() => http.verify());

  it('shows each account’s own role selected, offers no action on one’s own account, and the right actions on others', async () => {
    const { page } = await open();
    const roleOf = (name: string) => (page.querySelector(`select[aria-label="Role of ${name}"]`) as HTMLSelectElement | null)?.value;
    expect(roleOf('Dana Reyes')).toBe('director');
    expect(roleOf('Ana Lima')).toBe('facilitator');
    expect(roleOf('Alex Morgan')).toBeUndefined();
    const labels = Array.from(page.querySelectorAll('button[aria-label]')).map((b) => b.getAttribute('aria-label'));
    expect(labels).toEqual(['Disable Dana Reyes', 'Reset authenticator of Dana Reyes', 'Enable Ana Lima']);
    expect((page.querySelector('input[value="privileged_roles"]') as HTMLInputElement).checked).toBe(true);
  });

  it('disables an account and says its sessions ended', async () => {
    const { page, settle } = await open();
    (page.querySelector('button[aria-label="Disable Dana Reyes"]') as HTMLButtonElement).click();
    const patch = http.expectOne({ method: 'PATCH', url: '/api/staff/accounts/d' });
    expect(patch.request.body).toEqual({ disabled: true });
    patch.flush(account('d', 'Dana Reyes', 'director', { disabled: true }));
    await new Promise((resolve) => setTimeout(resolve));
    http.expectOne('/api/staff/accounts').flush([]);
    http.expectOne('/api/organization/security').flush({ secondFactorPolicy: 'privileged_roles' });
    await settle();
    expect(page.querySelector('[role="status"]')?.textContent?.trim()).toBe('Dana Reyes is disabled and signed out everywhere.');
  });

  it('creates an account without a password, says the invitation went by email to the person alone, and the approval it waits for', async () => {
    const { page, settle } = await open();
    const form = page.querySelector('form.create') as HTMLFormElement;
    (form.elements.namedItem('displayName') as HTMLInputElement).value = 'Nia Okafor';
    (form.elements.namedItem('email') as HTMLInputElement).value = 'nia@clinic.test';
    (form.elements.namedItem('role') as HTMLSelectElement).value = 'facilitator';
    expect(form.elements.namedItem('password')).toBeNull();
    form.dispatchEvent(new Event('submit'));
    const post = http.expectOne({ method: 'POST', url: '/api/staff/accounts' });
    expect(post.request.body).toEqual({ email: 'nia@clinic.test', displayName: 'Nia Okafor', role: 'facilitator' });
    const pendingApproval = { since: '2026-12-02T10:00:00Z', requestedBy: { id: 'me', displayName: 'Alex Morgan' }, fromRole: null };
    post.flush({
      account: account('n', 'Nia Okafor', 'facilitator', { passwordSet: false, invitationExpiresAt: '2026-12-05T10:00:00Z', pendingApproval }),
      invitation: { emailedTo: 'nia@clinic.test', expiresAt: '2026-12-05T10:00:00Z' },
    });
    await new Promise((resolve) => setTimeout(resolve));
    http
      .expectOne('/api/staff/accounts')
      .flush([account('n', 'Nia Okafor', 'facilitator', { passwordSet: false, invitationExpiresAt: '2026-12-05T10:00:00Z', pendingApproval })]);
    http.expectOne('/api/organization/security').flush({ secondFactorPolicy: 'privileged_roles' });
    await settle();
    const status = page.querySelector('[role="status"]')?.textContent ?? '';
    expect(status).toContain('The invitation link is emailed to nia@clinic.test alone; it works once, until');
    expect(status).toContain('wait for a director’s approval');
    expect(page.textContent).not.toContain('#token=');
    expect(page.querySelector('tbody')?.textContent).toContain('waiting for a director’s approval');
    const labels = Array.from(page.querySelectorAll('button[aria-label]')).map((b) => b.getAttribute('aria-label'));
    expect(labels).toEqual(['Disable Nia Okafor', 'Email a new invitation link to Nia Okafor', 'Revoke the invitation link of Nia Okafor']);
  });
});
