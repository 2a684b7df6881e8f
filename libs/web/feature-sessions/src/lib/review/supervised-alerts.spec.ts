import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CheckIn } from '@cohesion/contracts';
import { aCurrentUser } from '@cohesion/testing';
import { AuthStore } from '@cohesion/web/data-access';
import { SupervisedAlerts } from './supervised-alerts';

const aCheckIn = (id: string, overrides: Partial<CheckIn>): CheckIn => ({
  id,
  groupId: 'g1',
  groupName: 'Tuesday circle',
  memberId: 'm1',
  memberCode: 'M-7K3Q9D',
  sessionId: 's1',
  heldOn: '2026-11-24',
  reasons: [{ kind: 'low', measure: 'belonging', detail: 'Belonging 3 in the latest session attended (threshold 4)' }],
  acknowledgedAt: null,
  acknowledgement: null,
  ...overrides,
});

describe('SupervisedAlerts', () => {
  let http: HttpTestingController;
  const tick = () => new Promise((resolve) => setTimeout(resolve));
  const rowsOf = (table: Element | undefined) =>
    Array.from(table?.querySelectorAll('tbody tr') ?? []).map((row) => Array.from(row.children).map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()));

  afterEach(() => http.verify());

  it('shows each check-in with its group, member and reasons, open ones with how long, acted-on ones with the action', async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    http = TestBed.inject(HttpTestingController);
    const restored = TestBed.inject(AuthStore).restore();
    http.expectOne('/api/auth/me').flush(aCurrentUser({ role: 'supervisor', timeZone: 'UTC' }));
    await restored;
    const fixture = TestBed.createComponent(SupervisedAlerts);
    await tick();
    http
      .expectOne((request) => request.url === '/api/analytics/alerts' && request.params.get('status') === 'all')
      .flush({
        items: [
          aCheckIn('open', { groupId: 'g2', groupName: 'Thursday grief group', memberId: null, memberCode: null, heldOn: '2026-11-26' }),
          aCheckIn('done', {
            acknowledgedAt: '2026-11-25T09:00:00.000Z',
            acknowledgement: { by: { id: 'u1', displayName: 'Dana Reyes' }, at: '2026-11-25T09:00:00.000Z', action: 'Called them' },
          }),
        ],
        total: 2,
      });
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    const [open, actedOn] = Array.from(page.querySelectorAll('table'));

    // Today is 1 Dec 2026 (the specs' fixed clock): open since the session of 26 Nov, five days.
    expect(rowsOf(open)).toEqual([
      ['Thursday grief group', 'The whole group', 'Low belonging: Belonging 3 in the latest session attended (threshold 4)', '26 Nov 2026', '5 days'],
    ]);
    expect(open.querySelector('th[scope="row"] a')?.getAttribute('href')).toBe('/groups/g2');
    expect(rowsOf(actedOn)).toEqual([
      ['Tuesday circle', 'M-7K3Q9D', 'Low belonging: Belonging 3 in the latest session attended (threshold 4)', 'Called them', 'Dana Reyes', '1 day'],
    ]);
    expect(actedOn.querySelector('th[scope="row"] a')?.getAttribute('href')).toBe('/groups/g1');
  });
});
