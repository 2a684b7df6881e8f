import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { AuthStore } from '@cohesion/web/data-access';
import { AdministrationOverview } from './administration-overview';
import { GroupsOverview } from './groups-overview';

/** Everyone's landing page: the groups a clinician may see, or the administration overview for admins. */
@Component({
  selector: 'ch-home-page',
  imports: [AdministrationOverview, GroupsOverview],
  template: `
    @if (role(); as role) {
      @if (role === 'admin') {
        <ch-administration-overview />
      } @else {
        <ch-groups-overview [role]="role" />
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage {
  private readonly auth = inject(AuthStore);

  protected readonly role = computed(() => this.auth.user()?.role ?? null);
}
