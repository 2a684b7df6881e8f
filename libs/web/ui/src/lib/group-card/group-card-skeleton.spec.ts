import { TestBed } from '@angular/core/testing';
import { GroupCardSkeleton } from './group-card-skeleton';

describe('GroupCardSkeleton', () => {
  it('is hidden from assistive technology and has no text', async () => {
    const fixture = TestBed.createComponent(GroupCardSkeleton);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.getAttribute('aria-hidden')).toBe('true');
    expect(element.textContent?.trim()).toBe('');
  });
});
