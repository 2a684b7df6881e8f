import { TestBed } from '@angular/core/testing';
import type { Measure } from '@cohesion/domain';
import { RatingsGrid, type ScoreChange } from './ratings-grid';

describe('RatingsGrid', () => {
  async function render(): Promise<{ element: HTMLElement; changes: ScoreChange[] }> {
    const fixture = TestBed.createComponent(RatingsGrid);
    const changes: ScoreChange[] = [];
    fixture.componentRef.setInput('members', [
      { id: 'a', code: 'M-AAAAAA' },
      { id: 'b', code: 'M-BBBBBB' },
    ]);
    fixture.componentRef.setInput('ratings', {} as Record<string, Partial<Record<Measure, number>>>);
    fixture.componentRef.setInput('previous', { a: { belonging: 6, learning: null, accountability: 5, benefitIndex: 5.5 } });
    fixture.componentInstance.scoreChange.subscribe((change) => changes.push(change));
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
    return { element: fixture.nativeElement as HTMLElement, changes };
  }

  /** Presses a key where the focus is, as a person would. */
  function press(key: string): void {
    (document.activeElement as HTMLElement).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  }

  it('fills a cell with each digit and moves right, takes 1 then 0 as 10, wraps to the next member, Enter moves down', async () => {
    const { element, changes } = await render();
    const cells = Array.from(element.querySelectorAll('input'));
    cells[0].focus();
    press('7');
    press('1');
    press('0');
    press('1');
    press('5');
    expect(changes).toEqual([
      { memberId: 'a', measure: 'belonging', score: 7 },
      { memberId: 'a', measure: 'learning', score: 1 },
      { memberId: 'a', measure: 'learning', score: 10 },
      { memberId: 'a', measure: 'accountability', score: 1 },
      { memberId: 'b', measure: 'belonging', score: 5 },
    ]);
    expect(document.activeElement).toBe(cells[4]);
    cells[1].focus();
    press('Enter');
    expect(document.activeElement).toBe(cells[4]);
    press('Backspace');
    expect(changes.at(-1)).toEqual({ memberId: 'b', measure: 'learning', score: null });
  });

  it('names every cell by member and measure and shows the previous score beside it', async () => {
    const { element } = await render();
    const first = element.querySelector('input') as HTMLInputElement;
    expect(first.getAttribute('aria-label')).toBe('M-AAAAAA Belonging, 0 to 10');
    expect(element.querySelector(`#${first.getAttribute('aria-describedby')}`)?.textContent).toBe('last 6');
  });
});
