import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { aGroupSummary } from '@cohesion/testing';
import type { GroupSummary } from '@cohesion/contracts';
import { GroupCard } from './group-card';

const circle = aGroupSummary({
  facilitators: [
    { id: 'f2', displayName: 'Sam Okafor', role: 'co' },
    { id: 'f1', displayName: 'Dana Reyes', role: 'lead' },
  ],
  lastSessionOn: '2026-11-19',
});

describe('GroupCard', () => {
  let fixture: ComponentFixture<GroupCard>;

  async function render(group: GroupSummary): Promise<HTMLElement> {
    fixture.componentRef.setInput('group', group);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  /** The text of the <dd> that follows the <dt> with this label. */
  function fact(element: HTMLElement, label: string): string | undefined {
    const term = Array.from(element.querySelectorAll('dt')).find((dt) => dt.textContent?.trim() === label);
    return term?.nextElementSibling?.textContent?.replace(/\s+/g, ' ').trim();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    fixture = TestBed.createComponent(GroupCard);
  });

  it('shows the name as a heading, the program and the kind', async () => {
    const element = await render(circle);
    expect(element.querySelector('h2')?.textContent?.trim()).toBe('Tuesday Recovery Circle');
    expect(element.textContent).toContain('Substance use IOP');
    expect(element.textContent).toContain('Open group');
  });

  it('links its name to the group page', async () => {
    const element = await render(circle);
    expect(element.querySelector('h2 a')?.getAttribute('href')).toBe(`/groups/${circle.id}`);
    expect(element.querySelector('a.record')).toBeNull();
  });

  it('offers its facilitators to record a session', async () => {
    fixture.componentRef.setInput('canRecord', true);
    const element = await render(circle);
    const record = element.querySelector('a.record');
    expect(record?.getAttribute('href')).toBe(`/groups/${circle.id}/sessions/new`);
    expect(record?.getAttribute('aria-label')).toBe(`Record a session of ${circle.name}`);
  });

  it('shows the recent figures: benefit index with its change, attendance, open check-ins and the weekly line', async () => {
    fixture.componentRef.setInput('glance', {
      groupId: circle.id,
      benefitIndex: 7.43,
      members: 8,
      lowN: false,
      benefitIndexChange: 0.6,
      attendanceRate: 0.857,
      openAlerts: 2,
      recentWeeks: [
        { week: '2026-11-09', benefitIndex: 6.8, members: 8, lowN: false },
        { week: '2026-11-16', benefitIndex: 7.4, members: 7, lowN: false },
      ],
    });
    const element = await render(circle);
    expect(fact(element, 'Benefit index (4 wk)')).toBe('7.4 change from the 4 weeks before: ▲ 0.6');
    expect(fact(element, 'Attendance (4 wk)')).toBe('86%');
    expect(fact(element, 'Check-ins')).toBe('2 open check-ins');
    expect(element.querySelector('ch-sparkline svg')?.getAttribute('aria-label')).toBe('Benefit index by week, last 12 weeks: 6.8, 7.4');
  });

  it('marks a benefit index that fewer than 5 members stand behind', async () => {
    fixture.componentRef.setInput('glance', {
      groupId: circle.id,
      benefitIndex: 5,
      members: 1,
      lowN: true,
      benefitIndexChange: null,
      attendanceRate: 1,
      openAlerts: 0,
      recentWeeks: [],
    });
    const element = await render(circle);
    expect(fact(element, 'Benefit index (4 wk)')).toBe('5.0 low n: 1 member');
  });

  it('holds the place of its figures while they load, and says when a group has none yet', async () => {
    fixture.componentRef.setInput('glanceLoading', true);
    let element = await render(circle);
    expect(element.querySelector('.outcomes--loading')).not.toBeNull();
    fixture.componentRef.setInput('glance', {
      groupId: circle.id,
      benefitIndex: null,
      members: 0,
      lowN: true,
      benefitIndexChange: null,
      attendanceRate: null,
      openAlerts: 1,
      recentWeeks: [],
    });
    element = await render(circle);
    expect(fact(element, 'Benefit index (4 wk)')).toBe('–');
    expect(fact(element, 'Check-ins')).toBe('1 open check-in');
    expect(element.querySelector('ch-sparkline svg')?.getAttribute('aria-label')).toBe('Benefit index by week, last 12 weeks: none yet');
  });

  it('lists the lead facilitator first', async () => {
    const element = await render(circle);
    expect(fact(element, 'Facilitators')).toBe('Dana Reyes (lead), Sam Okafor');
  });

  it('shows members, sessions and the last session date in a readable form', async () => {
    const element = await render(circle);
    expect(fact(element, 'Members enrolled')).toBe('9');
    expect(fact(element, 'Sessions recorded')).toBe('14');
    expect(fact(element, 'Last session')).toBe('19 Nov 2026');
    expect(element.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-19');
  });

  it('says so when a closed group has no sessions and no facilitators yet', async () => {
    const element = await render({ ...circle, kind: 'closed', facilitators: [], sessionCount: 0, lastSessionOn: null });
    expect(element.textContent).toContain('Closed group');
    expect(fact(element, 'Facilitators')).toBe('None assigned');
    expect(fact(element, 'Sessions recorded')).toBe('0');
    expect(fact(element, 'Last session')).toBe('None yet');
    expect(element.querySelector('time')).toBeNull();
  });

  it('updates when the input changes', async () => {
    await render(circle);
    const element = await render({ ...circle, name: 'Thursday Grief Group', memberCount: 6 });
    expect(element.querySelector('h2')?.textContent?.trim()).toBe('Thursday Grief Group');
    expect(fact(element, 'Members enrolled')).toBe('6');
  });
});
