import { TestBed } from '@angular/core/testing';
import { Sparkline } from './sparkline';

describe('Sparkline', () => {
  async function render(values: (number | null)[]): Promise<SVGElement> {
    const fixture = TestBed.createComponent(Sparkline);
    fixture.componentRef.setInput('values', values);
    fixture.componentRef.setInput('description', 'Benefit index of the last sessions');
    await fixture.whenStable();
    return (fixture.nativeElement as HTMLElement).querySelector('svg') as SVGElement;
  }

  it('draws the values on the 0–10 scale and reads them out in its accessible name, skipping gaps', async () => {
    const svg = await render([10, null, 0]);
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('Benefit index of the last sessions: 10.0, 0.0');
    expect(svg.querySelector('polyline')?.getAttribute('points')).toBe('2.0,2.0 78.0,18.0');
  });

  it('says so when there is nothing to draw', async () => {
    const svg = await render([]);
    expect(svg.getAttribute('aria-label')).toBe('Benefit index of the last sessions: none yet');
    expect(svg.querySelector('polyline')).toBeNull();
  });
});
