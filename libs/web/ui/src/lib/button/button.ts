import { ChangeDetectionStrategy, Component, ViewEncapsulation, input } from '@angular/core';

/** How much a button stands out: one primary action per view, the rest secondary or quiet. */
export type ButtonVariant = 'primary' | 'secondary' | 'quiet';

/** Cohesion's button styling on a native `<button>`, so keyboard and form behaviour stay native. */
@Component({
  selector: 'button[chButton]',
  template: '<ng-content />',
  styleUrl: './button.scss',
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    class: 'ch-button',
    '[class.ch-button--primary]': "variant() === 'primary'",
    '[class.ch-button--quiet]': "variant() === 'quiet'",
  },
})
export class ChButton {
  /** Visual weight of the button. */
  readonly variant = input<ButtonVariant>('secondary');
}
