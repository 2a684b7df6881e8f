import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ChartDrawing, ChartFigure, ChartTable } from './chart-figure';

@Component({
  imports: [ChartDrawing, ChartFigure, ChartTable],
  template: `
    <ch-chart-figure
      heading="Attendance by week"
      [legend]="[{ label: 'Attendance', colour: '#0072B2', dash: '' }]"
      [empty]="empty()"
      emptyText="No sessions yet."
    >
      <ng-template chChartTable>
        <tbody>
          <tr>
            <td>80%</td>
          </tr>
        </tbody>
      </ng-template>
      <ng-template chChartDrawing><svg class="drawing"></svg></ng-template>
      <p chChartNote class="note">Scale 0–100%.</p>
    </ch-chart-figure>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly empty = signal(false);
}

describe('ChartFigure', () => {
  it('is named by its heading, draws the chart hidden from screen readers, and switches to the same numbers as a table', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const figure = element.querySelector('figure') as HTMLElement;
    expect(element.querySelector(`#${figure.getAttribute('aria-labelledby')}`)?.textContent?.trim()).toBe('Attendance by week');
    expect(element.querySelector('[aria-hidden="true"] svg.drawing')).not.toBeNull();
    expect(element.querySelector('ch-chart-legend li')?.textContent?.trim()).toBe('Attendance');
    expect(element.querySelector('.note')?.textContent).toBe('Scale 0–100%.');

    const toggle = element.querySelector('button') as HTMLButtonElement;
    toggle.click();
    await fixture.whenStable();
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(toggle.textContent?.trim()).toBe('Show as chart');
    expect(element.querySelector('[role="region"]')?.getAttribute('aria-label')).toBe('Attendance by week, as a table');
    // One table, captioned by the heading, holding the rows the chart gave it.
    expect(element.querySelectorAll('table')).toHaveLength(1);
    expect(element.querySelector('table > caption')?.textContent?.trim()).toBe('Attendance by week');
    expect(element.querySelector('table > tbody td')?.textContent).toBe('80%');
    expect(element.querySelector('td')?.textContent).toBe('80%');
    expect(element.querySelector('svg.drawing')).toBeNull();
  });

  it('says what the empty text says when there is nothing to draw', async () => {
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.empty.set(true);
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('No sessions yet.');
    expect((fixture.nativeElement as HTMLElement).querySelector('svg.drawing')).toBeNull();
  });
});
