import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { AUDIT_ACTIONS, type AuditAction, type AuditChainBreak, type AuditChainVerification } from '@cohesion/contracts';
import { AdminApi, AuthStore, problemMessage, type AuditFilter } from '@cohesion/web/data-access';
import { ChButton, formatClinicDateTime, roleLabel } from '@cohesion/web/ui';
import type { Role } from '@cohesion/domain';

const PAGE_SIZE = 50;

/** What each way a chain breaks means, said of the event it names. */
const BREAKS: Record<AuditChainBreak, string> = {
  missing_row: 'this event is missing',
  previous_hash: 'this event does not link to the one before it',
  content: 'this event was changed after it was written',
  missing_newest_rows: 'the trail ends before its latest checkpoint: this event and those after it were deleted',
  checkpoint_mismatch: 'this event is not the one its checkpoint recorded',
  broken_before_keying: 'the trail was already broken here when it was first sealed with the server’s key',
};

/** The organization's audit trail for admins: filter by day, person and action, and verify the hash chain. */
@Component({
  selector: 'ch-audit-page',
  imports: [ChButton],
  templateUrl: './audit-page.html',
  styleUrl: './audit-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditPage {
  private readonly admin = inject(AdminApi);
  private readonly timeZone = inject(AuthStore).user()?.timeZone;

  protected readonly filter = signal<AuditFilter>({ limit: PAGE_SIZE, offset: 0 });
  protected readonly events = resource({ params: () => this.filter(), loader: ({ params }) => this.admin.auditTrail(params) });
  protected readonly staff = resource({ loader: () => this.admin.staffAccounts() });
  protected readonly verification = signal<AuditChainVerification | null>(null);
  protected readonly verifying = signal(false);
  protected readonly verifyError = signal('');
  protected readonly actions = AUDIT_ACTIONS;
  protected readonly loadError = computed(() => (this.events.error() ? problemMessage(this.events.error()) : null));
  private readonly names = computed(() => new Map((this.staff.value() ?? []).map((account) => [account.id, account.displayName])));
  protected readonly page = computed(() => Math.floor(this.filter().offset / PAGE_SIZE) + 1);
  protected readonly pages = computed(() => Math.max(1, Math.ceil((this.events.value()?.total ?? 0) / PAGE_SIZE)));

  protected who(actorId: string | null, actorRole: string | null): string {
    if (!actorId) return 'Unknown or signed out';
    const role = actorRole ? ` (${roleLabel(actorRole as Role).toLowerCase()})` : '';
    return `${this.names().get(actorId) ?? actorId.slice(0, 8)}${role}`;
  }

  protected when(iso: string): string {
    return formatClinicDateTime(iso, this.timeZone, 'seconds');
  }

  protected brokenAt(result: AuditChainVerification): string {
    return result.firstBrokenRow ? `Chain broken at event ${result.firstBrokenRow.seq}: ${BREAKS[result.firstBrokenRow.reason]}.` : '';
  }

  protected checkpointOf(result: AuditChainVerification): string {
    return result.checkpoint
      ? `Checked against its checkpoint of ${this.when(result.checkpoint.at)} (event ${result.checkpoint.seq}).`
      : 'No checkpoint yet: the server writes one within a minute of new events.';
  }

  protected applyFilter(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value || undefined;
    this.filter.set({
      from: value('from'),
      to: value('to'),
      actorId: value('actorId'),
      action: value('action') as AuditAction | undefined,
      limit: PAGE_SIZE,
      offset: 0,
    });
  }

  protected goTo(page: number): void {
    this.filter.update((filter) => ({ ...filter, offset: (page - 1) * PAGE_SIZE }));
  }

  protected async verify(): Promise<void> {
    this.verifying.set(true);
    this.verifyError.set('');
    try {
      this.verification.set(await this.admin.verifyAuditTrail());
    } catch (error) {
      this.verifyError.set(problemMessage(error));
    } finally {
      this.verifying.set(false);
    }
  }
}
