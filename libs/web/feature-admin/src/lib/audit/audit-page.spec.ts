import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { AuditChainVerification } from '@cohesion/contracts';
import { aCurrentUser } from '@cohesion/testing';
import { AuthStore } from '@cohesion/web/data-access';
import { AuditPage } from './audit-page';

describe('AuditPage', () => {
  let http: HttpTestingController;

  /** The page with an empty trail, after "Verify chain" answered `verification`: the lines it shows, one after another. */
  async function verified(verification: AuditChainVerification): Promise<string> {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    const restored = TestBed.inject(AuthStore).restore();
    http.expectOne('/api/auth/me').flush(aCurrentUser({ id: 'me', role: 'admin', timeZone: 'UTC' }));
    await restored;
    const fixture = TestBed.createComponent(AuditPage);
    const tick = () => new Promise((resolve) => setTimeout(resolve));
    await tick();
    http.expectOne((request) => request.url === '/api/audit').flush({ items: [], total: 0 });
    http.expectOne('/api/staff/accounts').flush([]);
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    (Array.from(page.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Verify chain') as HTMLButtonElement).click();
    http.expectOne('/api/audit/verification').flush(verification);
    await tick();
    await fixture.whenStable();
    return Array.from(page.querySelectorAll('.verification > *'))
      .map((line) => line.textContent?.trim())
      .join(' ');
  }

  afterEach(() => http.verify());

  it('says the chain is intact and which checkpoint it reached', async () => {
    expect(await verified({ verified: true, rows: 42, firstBrokenRow: null, checkpoint: { seq: 40, at: '2026-12-02T13:28:20.000Z' } })).toMatch(
      /^Chain intact: 42 events\. Checked against its checkpoint of .+ \(event 40\)\.$/,
    );
  });

  it('names the event where the trail was cut short of its checkpoint', async () => {
    expect(
      await verified({
        verified: false,
        rows: 38,
        firstBrokenRow: { seq: 39, reason: 'missing_newest_rows' },
        checkpoint: { seq: 40, at: '2026-12-02T13:28:20.000Z' },
      }),
    ).toContain('Chain broken at event 39: the trail ends before its latest checkpoint: this event and those after it were deleted.');
  });

  it('names a changed event, and says when there is no checkpoint yet', async () => {
    expect(await verified({ verified: false, rows: 12, firstBrokenRow: { seq: 3, reason: 'content' }, checkpoint: null })).toBe(
      'Chain broken at event 3: this event was changed after it was written. No checkpoint yet: the server writes one within a minute of new events.',
    );
  });
});
