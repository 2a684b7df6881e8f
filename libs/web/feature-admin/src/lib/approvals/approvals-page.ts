import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import type { ApprovalRequest } from '@cohesion/contracts';
import { AdminApi, AuthStore, problemMessage } from '@cohesion/web/data-access';
import { ChButton, formatClinicDateTime, roleLabel } from '@cohesion/web/ui';
import { SingleSignOnApproval } from './single-sign-on-approval';

/**
 * Directors' second pair of eyes on every clinical role an admin gives: who asked, when, for whom and which role;
 * approve (the account opens from its next request) or decline (a new account is disabled, a changed one returns to
 * its earlier role).
 */
@Component({
  selector: 'ch-approvals-page',
  imports: [ChButton, SingleSignOnApproval],
  templateUrl: './approvals-page.html',
  styleUrl: './approvals-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApprovalsPage {
  private readonly admin = inject(AdminApi);
  private readonly timeZone = inject(AuthStore).user()?.timeZone;

  protected readonly requests = resource({ loader: () => this.admin.approvals() });
  protected readonly loadError = computed(() => (this.requests.error() ? problemMessage(this.requests.error()) : null));
  protected readonly message = signal<{ kind: 'done' | 'error'; text: string } | null>(null);
  protected readonly busy = signal(false);
  protected readonly roleLabel = roleLabel;

  protected since(request: ApprovalRequest): string {
    return formatClinicDateTime(request.since, this.timeZone);
  }

  protected change(request: ApprovalRequest): string {
    const to = roleLabel(request.account.role).toLowerCase();
    return request.fromRole ? `from ${roleLabel(request.fromRole).toLowerCase()} to ${to}` : `new account as ${to}`;
  }

  protected async decide(request: ApprovalRequest, decision: 'approve' | 'decline'): Promise<void> {
    this.busy.set(true);
    try {
      const account = await this.admin.decideApproval(request, decision);
      this.message.set({
        kind: 'done',
        text:
          decision === 'approve'
            ? `${account.displayName} is approved as ${roleLabel(account.role).toLowerCase()}.`
            : account.disabled
              ? `Declined: ${account.displayName}’s new account is disabled.`
              : `Declined: ${account.displayName} is ${roleLabel(account.role).toLowerCase()} again.`,
      });
    } catch (error) {
      this.message.set({ kind: 'error', text: problemMessage(error) });
    } finally {
      this.busy.set(false);
      this.requests.reload();
    }
  }
}
