import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import type { ProgramRetention } from '@cohesion/contracts';
import { RetentionCurves } from './retention-curves';

const curve = (retained: (number | null)[], atRisk: number[]) =>
  Array.from({ length: 16 }, (_, i) => ({ session: i + 1, retained: retained[i] ?? null, atRisk: atRisk[i] ?? 0 }));

const programs: ProgramRetention[] = [
  { programId: 'p1', programName: 'Grief support', members: 12, curve: curve([1, 1, 0.9, 0.9, 0.9, 0.9, 0.8, 0.75], [12, 12, 11, 10, 9, 9, 8, 8]) },
  { programId: 'p2', programName: 'Substance use IOP', members: 3, curve: curve([1], [3]) },
];

describe('RetentionCurves', () => {
  let fixture: ComponentFixture<RetentionCurves>;
  const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideNoopAnimations()] });
    fixture = TestBed.createComponent(RetentionCurves);
  });

  it('shows each program’s share still attending, with the members still followed, as a table', async () => {
    fixture.componentRef.setInput('programs', programs);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(text(element.querySelector('figcaption'))).toBe('Members still attending after their nth session attended, by program (Kaplan–Meier)');
    expect(Array.from(element.querySelectorAll('ch-chart-legend li')).map(text)).toEqual(['Grief support', 'Substance use IOP']);
    (element.querySelector('.ch-view-toggle') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(Array.from(element.querySelectorAll('thead th')).map(text)).toEqual([
      'Program',
      'Members',
      'After 1 sessions attended',
      'After 4 sessions attended',
      'After 8 sessions attended',
      'After 12 sessions attended',
      'After 16 sessions attended',
    ]);
    const rows = Array.from(element.querySelectorAll('tbody tr')).map((row) => Array.from(row.children).map(text).join(' | '));
    expect(rows).toEqual([
      'Grief support | 12 | 100% (12) | 90% (10) | 75% (8) | – (0) | – (0)',
      'Substance use IOP | 3 | 100% (3) | – (0) | – (0) | – (0) | – (0)',
    ]);
  });

  it('says so when nobody joined in the period', async () => {
    fixture.componentRef.setInput('programs', []);
    await fixture.whenStable();
    expect(text(fixture.nativeElement)).toContain('No member joined a group in this period');
  });
});
