import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import type { TrendPoint } from '@cohesion/contracts';
import { axisTicks, TrendChart } from './trend-chart';

const point = (period: string, mean: number | null, members: number, ci: [number, number] | null = null): TrendPoint => ({
  period,
  n: members,
  members,
  mean,
  sd: null,
  ciLow: ci?.[0] ?? null,
  ciHigh: ci?.[1] ?? null,
  lowN: members < 5,
});

describe('TrendChart', () => {
  async function render(series: Record<string, TrendPoint[]>): Promise<HTMLElement> {
    TestBed.configureTestingModule({ providers: [provideNoopAnimations()] });
    const fixture = TestBed.createComponent(TrendChart);
    fixture.componentRef.setInput('heading', 'Belonging and learning by session, with 95% intervals');
    fixture.componentRef.setInput('series', series);
    fixture.componentRef.setInput('keys', ['belonging', 'learning']);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('is named by its heading, and shows the same numbers as a table on request, low n marked', async () => {
    const element = await render({
      belonging: [point('2026-11-02', 6.5, 6, [5.9, 7.1]), point('2026-11-09', 7, 3, [5, 9])],
      learning: [point('2026-11-02', 5, 6, [4.2, 5.8])],
    });
    const figure = element.querySelector('figure') as HTMLElement;
    expect(element.querySelector(`#${figure.getAttribute('aria-labelledby')}`)?.textContent?.trim()).toBe(
      'Belonging and learning by session, with 95% intervals',
    );

    const toggle = element.querySelector('button') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    toggle.click();
    await TestBed.inject(ApplicationRef).whenStable();
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    const rows = Array.from(element.querySelectorAll('tbody tr')).map((tr) =>
      Array.from(tr.children).map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()),
    );
    expect(rows).toEqual([
      ['2 Nov 2026', 'Belonging', '6', '6', '6.5', '5.9–7.1'],
      ['2 Nov 2026', 'Learning', '6', '6', '5.0', '4.2–5.8'],
      ['9 Nov 2026', 'Belonging', '3 low n', '3', '7.0', '5.0–9.0'],
    ]);
  });

  it('draws every point as a marker, hollow where it rests on fewer than 5 members', async () => {
    const element = await render({
      belonging: [point('2026-11-02', 6.5, 6, [5.9, 7.1]), point('2026-11-09', 7, 3, [5, 9])],
      learning: [point('2026-11-02', 5, 6, [4.2, 5.8])],
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await TestBed.inject(ApplicationRef).whenStable();
    const markers = Array.from(element.querySelectorAll('circle.marker'));
    expect(markers).toHaveLength(3);
    const hollow = markers.filter((marker) => marker.classList.contains('marker--low-n'));
    expect(hollow).toHaveLength(1);
    expect(hollow[0].getAttribute('fill')).toBe('var(--ch-surface, #fff)');
    expect(hollow[0].getAttribute('stroke')).toBe('#0072B2');
    expect(element.textContent).toContain('Hollow points rest on fewer than 5 members');
  });

  it('says what to do when there are no ratings yet', async () => {
    const element = await render({ belonging: [point('2026-11-02', null, 0)], learning: [] });
    expect(element.textContent).toContain('No ratings in this period yet.');
  });
});

describe('axisTicks', () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00`);

  it('ticks every point’s own date while there are few, once each', () => {
    expect(axisTicks([day('2026-08-20'), day('2026-08-13'), day('2026-08-20')])).toEqual([day('2026-08-13'), day('2026-08-20')]);
  });

  it('keeps at most eight, evenly spaced, ending on the latest', () => {
    const weeks = Array.from({ length: 20 }, (_, i) => new Date(2026, 0, 5 + 7 * i));
    const ticks = axisTicks(weeks);
    expect(ticks.length).toBeLessThanOrEqual(8);
    expect(ticks.at(-1)).toEqual(weeks.at(-1));
    expect(ticks.every((tick) => weeks.includes(tick))).toBe(true);
  });
});
