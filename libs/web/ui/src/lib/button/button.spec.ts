import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ButtonVariant, ChButton } from './button';

@Component({
  imports: [ChButton],
  template: `<button chButton type="submit" [variant]="variant()" [disabled]="busy()">Save</button>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly variant = signal<ButtonVariant>('secondary');
  readonly busy = signal(false);
}

describe('ChButton', () => {
  it('styles a native button by variant and keeps its native behaviour', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const button = (fixture.nativeElement as HTMLElement).querySelector('button') as HTMLButtonElement;
    expect(button.textContent).toBe('Save');
    expect(button.type).toBe('submit');
    expect(button.classList).toContain('ch-button');
    expect(button.classList).not.toContain('ch-button--primary');

    fixture.componentInstance.variant.set('primary');
    fixture.componentInstance.busy.set(true);
    await fixture.whenStable();
    expect(button.classList).toContain('ch-button--primary');
    expect(button.disabled).toBe(true);
  });
});
