import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { MemberSummary, SessionDetail } from '@cohesion/contracts';
import { aCurrentUser, aGroupSummary } from '@cohesion/testing';
import { AuthStore } from '@cohesion/web/data-access';
import { RecordSessionPage } from './record-session-page';

const GROUP_ID = 'c0a80101-0000-4000-8000-000000000001';
const members: MemberSummary[] = [
  { id: 'm1', code: 'M-AAAAAA', joinedOn: '2026-01-05', leftOn: null, exitReason: null },
  { id: 'm2', code: 'M-BBBBBB', joinedOn: '2026-01-05', leftOn: null, exitReason: null },
];

const trendPoint = (period: string, mean: number) => ({ period, n: 2, members: 2, mean, sd: null, ciLow: null, ciHigh: null, lowN: true });
const lastTrend = {
  scope: 'group',
  id: GROUP_ID,
  bucket: 'session',
  from: '2025-11-27',
  to: '2026-11-27',
  series: { belonging: [trendPoint('2026-11-10', 7.5), trendPoint('2026-11-17', 7.1)], learning: [], accountability: [], benefitIndex: [] },
};
const SUGGESTED_FEEDBACK = 'Last session: Belonging 7.1 (−0.4); 0 members flagged.';

describe('RecordSessionPage', () => {
  jest.setTimeout(20_000);
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(() => sessionStorage.clear());
  afterEach(() => {
    jest.useRealTimers();
    http.verify();
  });

  /** Lets the page send its requests (whenStable would wait for their answers). */
  const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));
  const settle = async () => {
    await tick();
    await harness.fixture.whenStable();
  };
  const status = (page: HTMLElement) => page.querySelector('.save-state')?.textContent?.trim();
  const button = (page: HTMLElement, text: string) =>
    Array.from(page.querySelectorAll('button')).find((b) => b.textContent?.trim() === text) as HTMLButtonElement;

  async function open(url = `/groups/${GROUP_ID}/sessions/new`, answerSaved?: (request: TestRequest) => void): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'groups/:groupId/sessions/new', component: RecordSessionPage },
          { path: 'groups/:groupId/sessions/:sessionId/edit', component: RecordSessionPage },
        ]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const restored = TestBed.inject(AuthStore).restore();
    http.expectOne('/api/auth/me').flush(aCurrentUser({ timeZone: 'UTC' }));
    await restored;
    harness = await RouterTestingHarness.create(url);
    await tick();
    if (answerSaved) answerSaved(http.expectOne((request) => request.url.startsWith('/api/sessions/')));
    http.expectOne(`/api/groups/${GROUP_ID}`).flush({ ...aGroupSummary({ id: GROUP_ID }), schedule: null });
    http.expectOne(`/api/groups/${GROUP_ID}/members?include=all`).flush(members);
    http.expectOne(`/api/analytics/groups/${GROUP_ID}/members?include=current`).flush([]);
    // A new note (not one continued) asks for the last session's figures to suggest the feedback discussed.
    for (const request of http.match((r) => r.url === '/api/analytics/trends')) request.flush(lastTrend);
    for (const request of http.match((r) => r.url === '/api/analytics/alerts')) request.flush({ items: [], total: 0 });
    http.expectOne(`/api/groups/${GROUP_ID}/sessions/themes`).flush([
      { theme: 'trust', sessions: 3, lastHeldOn: '2026-11-17' },
      { theme: 'sleep', sessions: 1, lastHeldOn: '2026-11-10' },
    ]);
    await settle();
    return harness.routeNativeElement as HTMLElement;
  }

  it('dates a new note the clinic’s today and offers no later date', async () => {
    const page = await open();
    const date = page.querySelector('input[type="date"]') as HTMLInputElement;
    // The specs' clock stands at 1 December 2026, 15:00 UTC.
    expect([date.value, date.max]).toEqual(['2026-12-01', '2026-12-01']);
  });

  it('keeps the draft in the tab at once and sends it two seconds after the last change, with an idempotency key', async () => {
    const page = await open();
    // The autosave delay on a fake clock: no test waits seconds of real time.
    jest.useFakeTimers();
    // The suggested feedback is in the form but, alone, creates no draft on the server.
    expect((page.querySelector('#note-feedbackDiscussed') as HTMLTextAreaElement).value).toBe(SUGGESTED_FEEDBACK);
    jest.advanceTimersByTime(2100);
    http.expectNone(`/api/groups/${GROUP_ID}/sessions`);
    button(page, 'All present').click();
    const kept = JSON.parse(sessionStorage.getItem(sessionStorage.key(0) as string) as string);
    expect(kept.draft.attendance).toEqual({ m1: 'present', m2: 'present' });

    jest.advanceTimersByTime(1000);
    http.expectNone(`/api/groups/${GROUP_ID}/sessions`);
    jest.advanceTimersByTime(1100);
    jest.useRealTimers();
    await tick();
    const create = http.expectOne({ method: 'POST', url: `/api/groups/${GROUP_ID}/sessions` });
    expect(create.request.headers.get('Idempotency-Key')).toBe(kept.idempotencyKey);
    expect(create.request.body).toMatchObject({
      attendance: [
        { memberId: 'm1', status: 'present' },
        { memberId: 'm2', status: 'present' },
      ],
      ratings: [],
    });
    expect(create.request.body.note.feedbackDiscussed).toBe(SUGGESTED_FEEDBACK);
    create.flush({ id: 's1', version: 1 } as SessionDetail);
    await settle();
    expect(status(page)).toMatch(/^Saved \d\d:\d\d$/);
  });

  it('records who co-facilitated, from the group’s other facilitators', async () => {
    const page = await open();
    const colleague = page.querySelector('.co-facilitators input[type="checkbox"]') as HTMLInputElement;
    expect(colleague.parentElement?.textContent?.trim()).toBe('Dana Reyes');
    colleague.click();
    button(page, 'Save draft').click();
    await tick();
    const create = http.expectOne({ method: 'POST', url: `/api/groups/${GROUP_ID}/sessions` });
    expect(create.request.body.coFacilitatorIds).toEqual(['f1']);
    create.flush({ id: 's1', version: 1 } as SessionDetail);
    await settle();
  });

  it('says the draft is kept on this device when the server cannot be reached', async () => {
    const page = await open();
    button(page, 'Save draft').click();
    await tick();
    http.expectOne({ method: 'POST', url: `/api/groups/${GROUP_ID}/sessions` }).error(new ProgressEvent('error'));
    await settle();
    expect(status(page)).toBe('Offline — saved on this device');
  });

  it('holds back a draft with an identifier until it is removed or dismissed', async () => {
    const page = await open();
    const process = page.querySelector('#note-process') as HTMLTextAreaElement;
    process.value = 'Called 555-201-3344 after group.';
    process.dispatchEvent(new Event('input'));
    await settle();
    expect(page.querySelector('#note-process-findings')?.textContent).toContain('555-201-3344');
    button(page, 'Save draft').click();
    await settle();
    http.expectNone(`/api/groups/${GROUP_ID}/sessions`);
    expect(status(page)).toBe('Possible identifiers to remove or dismiss — saved on this device');
  });

  it('continues a draft saved earlier: its content in the form, and the next save edits it with If-Match', async () => {
    const saved = {
      id: 's9',
      groupId: GROUP_ID,
      heldOn: '2026-11-17',
      durationMinutes: 75,
      status: 'draft',
      version: 4,
      updatedAt: '2026-11-17T19:42:00Z',
      createdBy: { id: 'u-lena', displayName: 'Lena Lead' },
      facilitators: [
        { id: 'u-lena', displayName: 'Lena Lead' },
        { id: 'u-sam', displayName: 'Sam Okafor' },
      ],
      attendance: [
        { memberId: 'm1', status: 'present', memberCode: 'M-AAAAAA' },
        { memberId: 'm2', status: 'excused', memberCode: 'M-BBBBBB' },
      ],
      ratings: [{ memberId: 'm1', measure: 'belonging', score: 8, source: 'facilitator_entered', memberCode: 'M-AAAAAA' }],
      note: {
        themes: ['trust'],
        process: 'Quiet start.',
        interventions: '',
        risk: { level: 'none', followUp: null },
        plan: '',
        feedbackDiscussed: '',
        memberObservations: [],
      },
      addenda: [],
    } as unknown as SessionDetail;
    const page = await open(`/groups/${GROUP_ID}/sessions/s9/edit`, (request) => request.flush(saved));
    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Continue the draft');
    expect((page.querySelector('#note-process') as HTMLTextAreaElement).value).toBe('Quiet start.');
    expect((page.querySelector('input[aria-label="M-AAAAAA Belonging, 0 to 10"]') as HTMLInputElement).value).toBe('8');

    button(page, 'Save draft').click();
    await tick();
    const update = http.expectOne({ method: 'PUT', url: '/api/sessions/s9' });
    expect(update.request.headers.get('If-Match')).toBe('"4"');
    expect(update.request.body).toMatchObject({
      heldOn: '2026-11-17',
      durationMinutes: 75,
      coFacilitatorIds: ['u-sam'],
      attendance: [
        { memberId: 'm1', status: 'present' },
        { memberId: 'm2', status: 'excused' },
      ],
    });
    update.flush({ ...saved, version: 5 });
    await settle();
  });

  it('sends a signed note to its page instead of editing it', async () => {
    const page = await open(`/groups/${GROUP_ID}/sessions/s9/edit`, (request) => request.flush({ id: 's9', status: 'signed' }));
    expect(page.querySelector('h2')?.textContent?.trim()).toBe('This note is signed');
    expect(page.querySelector('a[href="/sessions/s9"]')).not.toBeNull();
  });
});
