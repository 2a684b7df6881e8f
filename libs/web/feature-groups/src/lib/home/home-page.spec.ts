import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, type ActivatedRouteSnapshot, type RouterStateSnapshot } from '@angular/router';
import type { CurrentUser, GroupSummary } from '@cohesion/contracts';
import type { Role } from '@cohesion/domain';
import { aCurrentUser } from '@cohesion/testing';
import { AuthStore } from '@cohesion/web/data-access';
import { HomePage } from './home-page';
import { homeTitle } from './home-headings';

const groups: GroupSummary[] = [
  {
    id: 'c0a80101-0000-4000-8000-000000000001',
    name: 'Tuesday Recovery Circle',
    kind: 'open',
    programId: 'p1',
    programName: 'Substance use IOP',
    facilitators: [{ id: 'f1', displayName: 'Dana Reyes', role: 'lead' }],
    memberCount: 9,
    sessionCount: 14,
    lastSessionOn: '2026-11-17',
  },
  {
    id: 'c0a80101-0000-4000-8000-000000000002',
    name: 'Thursday Grief Group',
    kind: 'closed',
    programId: 'p2',
    programName: 'Grief support',
    facilitators: [{ id: 'f1', displayName: 'Dana Reyes', role: 'co' }],
    memberCount: 6,
    sessionCount: 3,
    lastSessionOn: '2026-11-19',
  },
];

const person = (role: Role): CurrentUser => aCurrentUser({ id: 'u1', email: 'someone@clinic.test', displayName: 'Someone', role });

describe('HomePage', () => {
  let fixture: ComponentFixture<HomePage>;
  let http: HttpTestingController;

  async function open(role: Role): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), { provide: AuthStore, useValue: { user: signal(person(role)) } }],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(HomePage);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  /** Renders what has arrived while another request is still open (whenStable would wait for it). */
  async function renderPending(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    fixture.detectChanges();
  }

  const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();
  const buttonNamed = (page: HTMLElement, name: string) => Array.from(page.querySelectorAll('button')).find((button) => text(button) === name);

  afterEach(() => http.verify());

  it.each([
    ['facilitator', 'My groups'],
    ['supervisor', 'Supervised groups'],
    ['director', 'All groups'],
  ] as const)('titles the page for a %s as "%s"', async (role, heading) => {
    const page = await open(role);
    expect(text(page.querySelector('h1'))).toBe(heading);
    http.expectOne('/api/groups').flush([]);
  });

  it('shows skeleton cards while loading, marked busy', async () => {
    const page = await open('facilitator');
    http.expectOne({ method: 'GET', url: '/api/groups' });
    expect(page.querySelector('[aria-busy="true"]')).not.toBeNull();
    expect(page.querySelectorAll('ch-group-card-skeleton')).toHaveLength(3);
    expect(text(page.querySelector('[role="status"]'))).toBe('Loading groups…');
    expect(page.querySelector('ch-group-card')).toBeNull();
  });

  it('lists one card per group once loaded', async () => {
    const page = await open('facilitator');
    http.expectOne('/api/groups').flush(groups);
    await renderPending();
    expect(page.querySelector('[aria-busy="true"]')).toBeNull();
    const cards = Array.from(page.querySelectorAll('ch-group-card h2')).map(text);
    expect(cards).toEqual(['Tuesday Recovery Circle', 'Thursday Grief Group']);
    expect(text(page)).toContain('19 Nov 2026');
    expect(page.querySelectorAll('.outcomes--loading')).toHaveLength(2);
    const pack = page.querySelector('a.pack-link');
    expect(text(pack)).toBe('My supervision pack (PDF, last 3 months)');
    expect(pack?.getAttribute('href')).toBe('/api/reports/supervision.pdf?scope=facilitator&id=u1&from=2026-09-01&to=2026-12-01');

    http
      .expectOne('/api/analytics/groups/glance')
      .flush([
        { groupId: groups[0].id, benefitIndex: 7.4, members: 8, lowN: false, benefitIndexChange: 0.6, attendanceRate: 0.86, openAlerts: 2, recentWeeks: [] },
      ]);
    await settle();
    const [tuesday, thursday] = Array.from(page.querySelectorAll('ch-group-card'));
    expect(text(tuesday)).toContain('7.4 change from the 4 weeks before: ▲ 0.6');
    expect(text(tuesday)).toContain('2 open check-ins');
    expect(thursday.querySelector('.outcomes')).toBeNull();
  });

  it('keeps the cards when their figures fail, and offers to load them again', async () => {
    const page = await open('facilitator');
    http.expectOne('/api/groups').flush(groups);
    await renderPending();
    http.expectOne('/api/analytics/groups/glance').flush({ title: 'Too many requests', status: 429 }, { status: 429, statusText: 'Too Many Requests' });
    await settle();
    expect(page.querySelectorAll('ch-group-card')).toHaveLength(2);
    expect(text(page.querySelector('[role="alert"]'))).toContain("The groups' recent figures could not be loaded");
    buttonNamed(page, 'Try again')!.click();
    await renderPending();
    http.expectOne('/api/analytics/groups/glance').flush([]);
    await settle();
    expect(page.querySelector('[role="alert"]')).toBeNull();
  });

  it('says what to do next when there are no groups', async () => {
    const page = await open('supervisor');
    http.expectOne('/api/groups').flush([]);
    await settle();
    expect(text(page.querySelector('h2'))).toBe('No groups yet');
    expect(text(page)).toContain('Ask an administrator to link you to the facilitators you supervise.');
    expect(page.querySelector('ch-group-card')).toBeNull();
  });

  it('shows what went wrong and loads again on "Try again"', async () => {
    const page = await open('director');
    http
      .expectOne('/api/groups')
      .flush(
        { type: 'about:blank', title: 'The service is not available right now', status: 503, code: 'unavailable', detail: 'Try again in a minute.' },
        { status: 500, statusText: 'Internal Server Error' },
      );
    await settle();
    expect(text(page.querySelector('[role="alert"]'))).toBe('The service is not available right now. Try again in a minute.');

    buttonNamed(page, 'Try again')!.click();
    await fixture.whenStable();
    expect(page.querySelector('[aria-busy="true"]')).not.toBeNull();
    http.expectOne('/api/groups').flush(groups);
    await renderPending();
    expect(page.querySelector('[role="alert"]')).toBeNull();
    expect(page.querySelectorAll('ch-group-card')).toHaveLength(2);
    http.expectOne('/api/analytics/groups/glance').flush([]);
  });

  it('shows admins the administration overview and never asks for groups', async () => {
    const page = await open('admin');
    expect(text(page.querySelector('h1'))).toBe('Administration');
    expect(text(page)).toContain('not shown to administrators');
    expect(Array.from(page.querySelectorAll('h3')).map(text)).toEqual(['Staff', 'Audit trail']);
    expect(Array.from(page.querySelectorAll('a')).map((a) => a.getAttribute('href'))).toEqual(['/staff', '/audit']);
    http.expectNone('/api/groups');
  });
});

describe('homeTitle', () => {
  it.each([
    ['facilitator', 'My groups'],
    ['supervisor', 'Supervised groups'],
    ['director', 'All groups'],
    ['admin', 'Administration'],
  ] as const)('titles the page for a %s "%s"', (role, title) => {
    TestBed.configureTestingModule({ providers: [{ provide: AuthStore, useValue: { user: signal(person(role)) } }] });
    const resolved = TestBed.runInInjectionContext(() => homeTitle({} as ActivatedRouteSnapshot, {} as RouterStateSnapshot));
    expect(resolved).toBe(title);
  });
});
