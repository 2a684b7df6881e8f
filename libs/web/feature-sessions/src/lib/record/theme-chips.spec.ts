import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { ThemeUse } from '@cohesion/contracts';
import { ThemeChips, parseThemes } from './theme-chips';

const earlier: ThemeUse[] = [
  { theme: 'trust', sessions: 5, lastHeldOn: '2026-11-17' },
  { theme: 'cravings', sessions: 3, lastHeldOn: '2026-11-10' },
];

describe('ThemeChips', () => {
  let fixture: ComponentFixture<ThemeChips>;
  let emitted: string[][];
  const element = () => fixture.nativeElement as HTMLElement;
  const input = () => element().querySelector('input') as HTMLInputElement;

  async function render(themes: string[]): Promise<void> {
    fixture.componentRef.setInput('themes', themes);
    await fixture.whenStable();
  }

  beforeEach(async () => {
    fixture = TestBed.createComponent(ThemeChips);
    emitted = [];
    fixture.componentInstance.themesChange.subscribe((themes) => emitted.push(themes));
    fixture.componentRef.setInput('suggestions', earlier);
    await render(['Trust']);
  });

  it('splits typed text on commas and drops blanks', () => {
    expect(parseThemes(' cravings, , family ')).toEqual(['cravings', 'family']);
  });

  it('adds a typed theme on Enter and clears the box, ignoring one already there in another case', () => {
    input().value = 'family';
    input().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(emitted).toEqual([['Trust', 'family']]);
    expect(input().value).toBe('');
    input().value = 'trust';
    input().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(emitted).toHaveLength(1);
  });

  it('offers the group’s earlier themes not chosen yet, one click each, and removes a chip with its button', () => {
    const picks = Array.from(element().querySelectorAll('button.pick'));
    expect(picks.map((pick) => pick.getAttribute('aria-label'))).toEqual(['Add theme cravings']);
    (picks[0] as HTMLButtonElement).click();
    (element().querySelector('button.chip__remove') as HTMLButtonElement).click();
    expect(emitted).toEqual([['Trust', 'cravings'], []]);
    expect(element().querySelector('button.chip__remove')?.getAttribute('aria-label')).toBe('Remove theme Trust');
  });

  it('removes the last theme with Backspace in an empty box', async () => {
    await render(['trust', 'sleep']);
    input().dispatchEvent(new KeyboardEvent('keydown', { key: 'Backspace' }));
    expect(emitted).toEqual([['trust']]);
  });
});
