import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { CheckIn, GroupDetail, MemberOutcomeSummary, TrendResponse } from '@cohesion/contracts';
import { aCurrentUser, aGroupSummary } from '@cohesion/testing';
import { AuthStore } from '@cohesion/web/data-access';
import { GroupPage } from './group-page';

const GROUP_ID = 'c0a80101-0000-4000-8000-000000000001';
const group: GroupDetail = { ...aGroupSummary({ id: GROUP_ID }), schedule: 'Tuesdays 18:00' };
const point = { period: '2026-11-03', sessionId: 's1', n: 6, members: 6, mean: 7.2, sd: 1, ciLow: 6.1, ciHigh: 8.3, lowN: false };
const trend: TrendResponse = {
  scope: 'group',
  id: GROUP_ID,
  bucket: 'session',
  from: '2026-05-27',
  to: '2026-11-27',
  series: { belonging: [point], learning: [point], accountability: [point], benefitIndex: [point] },
};
const member: MemberOutcomeSummary = {
  memberId: 'm1',
  code: 'M-7K3Q9D',
  joinedOn: '2026-01-05',
  leftOn: null,
  sessionsAttended: 9,
  sessionsScheduled: 10,
  latest: { sessionId: 's1', heldOn: '2026-11-03', scores: { belonging: 3, learning: 6, accountability: 5, benefitIndex: 4.7 } },
  recentBenefitIndex: [
    { heldOn: '2026-10-27', value: 6 },
    { heldOn: '2026-11-03', value: 4.7 },
  ],
};
const alert: CheckIn = {
  id: 'a1',
  groupId: GROUP_ID,
  groupName: group.name,
  memberId: 'm1',
  memberCode: 'M-7K3Q9D',
  sessionId: 's1',
  heldOn: '2026-11-03',
  reasons: [
    { kind: 'low', measure: 'belonging', detail: 'Belonging 3 in the latest session attended (threshold 4)' },
    { kind: 'behind_group', measure: null, detail: 'Benefit index 4 and then 3 in 2 consecutive sessions' },
  ],
  acknowledgedAt: null,
  acknowledgement: null,
};

describe('GroupPage', () => {
  // The first render compiles the page and ngx-charts: slow on a busy CI machine.
  jest.setTimeout(20_000);
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  async function open(): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideNoopAnimations(), provideRouter([{ path: 'groups/:groupId', component: GroupPage }])],
    });
    http = TestBed.inject(HttpTestingController);
    const restored = TestBed.inject(AuthStore).restore();
    http.expectOne('/api/auth/me').flush(aCurrentUser());
    await restored;
    harness = await RouterTestingHarness.create(`/groups/${GROUP_ID}`);
    return harness.routeNativeElement as HTMLElement;
  }

  /** Lets the page send its requests: whenStable would wait for their answers (resources are pending tasks). */
  const tick = () => new Promise((resolve) => setTimeout(resolve));
  const settle = async () => {
    await tick();
    await harness.fixture.whenStable();
  };
  const trendRequest = (): TestRequest => http.expectOne((request) => request.url === '/api/analytics/trends');

  function answerAll(): void {
    http.expectOne(`/api/groups/${GROUP_ID}`).flush(group);
    trendRequest().flush(trend);
    http.expectOne(`/api/analytics/groups/${GROUP_ID}/members?include=current`).flush([member]);
    http.expectOne((request) => request.url === '/api/analytics/alerts').flush({ items: [alert], total: 1 });
    http.expectOne(`/api/groups/${GROUP_ID}/sessions?limit=10`).flush({ items: [], total: 0 });
  }

  afterEach(() => http.verify());

  it('shows the group, its climate by session over 6 months, who needs a check-in, and each member', async () => {
    const page = await open();
    await tick();
    const firstTrend = trendRequest();
    expect(firstTrend.request.params.get('bucket')).toBe('session');
    expect(firstTrend.request.params.get('scope')).toBe('group');
    expect(firstTrend.request.params.get('from')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    firstTrend.flush(trend);
    http.expectOne(`/api/groups/${GROUP_ID}`).flush(group);
    http.expectOne(`/api/analytics/groups/${GROUP_ID}/members?include=current`).flush([member]);
    http.expectOne((request) => request.url === '/api/analytics/alerts' && request.params.get('status') === 'open').flush({ items: [alert], total: 1 });
    http.expectOne(`/api/groups/${GROUP_ID}/sessions?limit=10`).flush({
      items: [
        {
          id: 's1',
          groupId: GROUP_ID,
          heldOn: '2026-11-03',
          durationMinutes: 90,
          status: 'signed',
          version: 2,
          signedAt: '2026-11-03T20:00:00Z',
          cosignedAt: null,
          presentCount: 8,
          riskLevel: 'concern',
        },
      ],
      total: 1,
    });
    await settle();
    expect(page.querySelector('.sessions a')?.getAttribute('href')).toBe('/sessions/s1');
    expect(page.querySelector('.sessions li')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('3 Nov 2026 Signed · 8 attended · risk concern');

    expect(page.querySelector('h1')?.textContent?.trim()).toBe(group.name);
    expect(page.textContent).toContain('Tuesdays 18:00');
    const from = firstTrend.request.params.get('from');
    expect(from).toBe('2026-06-01');
    const downloads = Array.from(page.querySelectorAll('a.export-link')).map((link) => [link.textContent?.trim(), link.getAttribute('href')]);
    expect(downloads).toEqual([
      ['Supervision pack (PDF, 6 months)', `/api/reports/supervision.pdf?scope=group&id=${GROUP_ID}&from=2026-06-01&to=2026-12-01`],
      ['Download these ratings (CSV)', `/api/exports/ratings.csv?scope=group&id=${GROUP_ID}&from=${from}`],
    ]);
    expect(page.querySelector('figcaption')?.textContent?.trim()).toBe('Belonging, learning and accountability, by session, with 95% intervals');
    expect([...page.querySelectorAll('.alert__reasons li')].map((item) => item.textContent?.trim())).toEqual([
      'Low belonging: Belonging 3 in the latest session attended (threshold 4)',
      'Behind the group: Benefit index 4 and then 3 in 2 consecutive sessions',
    ]);
    const row = Array.from(page.querySelectorAll('ch-member-table tbody tr')[0].children).map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim());
    expect(row.slice(0, 4)).toEqual(['M-7K3Q9D', '5 Jan 2026', '9 of 10', '3 · 6 · 5 (3 Nov 2026)']);
    expect(row[5]).toBe('1 open');
  });

  it('asks for monthly means when the bucket changes', async () => {
    const page = await open();
    await tick();
    answerAll();
    await settle();
    const select = page.querySelector('select') as HTMLSelectElement;
    select.value = 'month';
    select.dispatchEvent(new Event('change'));
    await tick();
    const monthly = trendRequest();
    expect(monthly.request.params.get('bucket')).toBe('month');
    monthly.flush({ ...trend, bucket: 'month' });
    await settle();
    expect(page.querySelector('figcaption')?.textContent?.trim()).toBe('Belonging, learning and accountability, monthly means, with 95% intervals');
  });

  it('records what was done about a check-in, then reloads the open check-ins', async () => {
    const page = await open();
    await tick();
    answerAll();
    await settle();
    (Array.from(page.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Acknowledge all reasons') as HTMLButtonElement).click();
    await settle();
    (page.querySelector('textarea') as HTMLTextAreaElement).value = 'Called after the session; will check in next week.';
    (page.querySelector('form.ack') as HTMLFormElement).dispatchEvent(new SubmitEvent('submit', { cancelable: true }));
    const posted = http.expectOne({ method: 'POST', url: '/api/analytics/alerts/a1/acknowledge' });
    expect(posted.request.body).toEqual({ action: 'Called after the session; will check in next week.' });
    posted.flush({ ...alert, acknowledgedAt: '2026-11-27T10:00:00Z' });
    await tick();
    http.expectOne((request) => request.url === '/api/analytics/alerts').flush({ items: [], total: 0 });
    await settle();
    expect(page.textContent).toContain('Nobody needs a check-in.');
  });

  it('says the group is not found when the API answers 404, as for a group the person may not see', async () => {
    const page = await open();
    await tick();
    http
      .expectOne(`/api/groups/${GROUP_ID}`)
      .flush({ type: 'about:blank', title: 'Group not found', status: 404, code: 'group_not_found' }, { status: 404, statusText: 'Not Found' });
    for (const request of http.match(() => true))
      request.flush({ type: 'about:blank', title: 'Group not found', status: 404, code: 'group_not_found' }, { status: 404, statusText: 'Not Found' });
    await settle();
    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Group not found');
  });
});
