import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import type { ScoresBySeries, TrajectoryPoint } from '@cohesion/contracts';
import { TrajectoryChart } from './trajectory-chart';

const scores = (benefitIndex: number | null): ScoresBySeries => ({
  belonging: benefitIndex,
  learning: benefitIndex,
  accountability: benefitIndex,
  benefitIndex,
});
const each = <T>(value: T) => ({ belonging: value, learning: value, accountability: value, benefitIndex: value });
const point = (sessionNumber: number, heldOn: string, member: number | null, group: number, members: number): TrajectoryPoint => ({
  sessionNumber,
  sessionId: `s${sessionNumber}`,
  heldOn,
  scores: scores(member),
  groupMean: scores(group),
  groupMembers: each(members),
  groupLowN: each(members < 5),
});

describe('TrajectoryChart', () => {
  it('names the member and the measure, and tables each of their sessions beside the group mean and the members behind it', async () => {
    TestBed.configureTestingModule({ providers: [provideNoopAnimations()] });
    const fixture = TestBed.createComponent(TrajectoryChart);
    fixture.componentRef.setInput('points', [point(1, '2026-11-03', 4, 6.25, 8), point(2, '2026-11-10', null, 7, 3)]);
    fixture.componentRef.setInput('memberCode', 'M-7K3Q9D');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const figure = element.querySelector('figure') as HTMLElement;
    expect(element.querySelector(`#${figure.getAttribute('aria-labelledby')}`)?.textContent?.trim()).toBe(
      'Benefit index of M-7K3Q9D by their session number, beside the group mean',
    );

    (element.querySelector('button') as HTMLButtonElement).click();
    await TestBed.inject(ApplicationRef).whenStable();
    const rows = Array.from(element.querySelectorAll('tbody tr')).map((tr) => Array.from(tr.children).map((cell) => cell.textContent?.trim()));
    expect(rows).toEqual([
      ['1', '3 Nov 2026', '4.0', '6.3', '8'],
      ['2', '10 Nov 2026', '–', '7.0', '3 (low n)'],
    ]);
  });
});
