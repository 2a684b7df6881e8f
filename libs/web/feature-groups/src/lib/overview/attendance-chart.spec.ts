import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { AttendanceChart } from './attendance-chart';

describe('AttendanceChart', () => {
  let fixture: ComponentFixture<AttendanceChart>;
  const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideNoopAnimations()] });
    fixture = TestBed.createComponent(AttendanceChart);
    fixture.componentRef.setInput('heading', 'Attendance of the organization, week by week');
  });

  it('draws a point per week and shows the same numbers as a table', async () => {
    fixture.componentRef.setInput('weeks', [
      { week: '2026-11-02', scheduled: 10, attended: 8, attendanceRate: 0.8 },
      { week: '2026-11-09', scheduled: 9, attended: 9, attendanceRate: 1 },
    ]);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    await new Promise((resolve) => setTimeout(resolve, 50));
    await fixture.whenStable();
    expect(element.querySelectorAll('circle.marker')).toHaveLength(2);
    (element.querySelector('.ch-view-toggle') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(Array.from(element.querySelectorAll('tbody tr')).map((row) => Array.from(row.children).map(text))).toEqual([
      ['2 Nov 2026', '10', '8', '80%'],
      ['9 Nov 2026', '9', '9', '100%'],
    ]);
  });

  it('says so when the period has no sessions', async () => {
    fixture.componentRef.setInput('weeks', []);
    await fixture.whenStable();
    expect(text(fixture.nativeElement)).toContain('No sessions in this period yet.');
  });
});
