import { ChangeDetectionStrategy, Component } from '@angular/core';

/** A placeholder shaped like a group card, shown while groups load; hidden from assistive technology. */
@Component({
  selector: 'ch-group-card-skeleton',
  template: `
    <div class="card">
      <div class="bar bar--title"></div>
      <div class="bar bar--subtitle"></div>
      <div class="facts">
        <div class="bar"></div>
        <div class="bar"></div>
        <div class="bar"></div>
      </div>
    </div>
  `,
  styleUrl: './group-card-skeleton.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'aria-hidden': 'true' },
})
export class GroupCardSkeleton {}
