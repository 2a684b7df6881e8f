import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import type { InvitationSent, OrganizationSecuritySettings, StaffAccountDetails } from '@cohesion/contracts';
import { ROLES, type Role } from '@cohesion/domain';
import { AdminApi, AuthStore, problemMessage } from '@cohesion/web/data-access';
import { ChButton, formatClinicDateTime, roleLabel } from '@cohesion/web/ui';

/**
 * Staff accounts for admins: create an account (its person chooses their password through the invitation link emailed
 * to them alone; a clinical role waits for a director's approval), send a new link or revoke it, change a role,
 * disable (the person's sessions end at once) or enable, reset a lost second factor; and who must use a second factor.
 */
@Component({
  selector: 'ch-staff-page',
  imports: [ChButton],
  templateUrl: './staff-page.html',
  styleUrl: './staff-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StaffPage {
  private readonly admin = inject(AdminApi);

  private readonly timeZone = inject(AuthStore).user()?.timeZone;
  protected readonly me = inject(AuthStore).user()?.id;
  protected readonly accounts = resource({ loader: () => this.admin.staffAccounts() });
  protected readonly security = resource({ loader: () => this.admin.security() });
  protected readonly roles = ROLES;
  protected readonly roleLabel = roleLabel;
  protected readonly loadError = computed(() => (this.accounts.error() ? problemMessage(this.accounts.error()) : null));
  protected readonly message = signal<{ kind: 'done' | 'error'; text: string } | null>(null);
  protected readonly busy = signal(false);
  /** The link just made, shown until the next one: it cannot be shown again (only its digest is kept). */

  protected async create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;
    const created = await this.run(
      () =>
        this.admin.createStaffAccount({
          email: value('email').trim(),
          displayName: value('displayName').trim(),
          role: value('role') as Role,
        }),
      ({ account, invitation }) =>
        `Created ${account.displayName}. ${this.sent(invitation)}` +
        (account.pendingApproval ? ` As ${roleLabel(account.role).toLowerCase()} they also wait for a director’s approval.` : ''),
    );
    if (created) form.reset();
  }

  protected issueInvitation(account: StaffAccountDetails): Promise<unknown> {
    return this.run(
      () => this.admin.issueInvitation(account.id),
      (invitation) => `A new invitation for ${account.displayName}; earlier links no longer work. ${this.sent(invitation)}`,
    );
  }

  protected revokeInvitation(account: StaffAccountDetails): Promise<unknown> {
    return this.run(
      () => this.admin.revokeInvitation(account.id),
      () => `${account.displayName}’s invitation link no longer works.`,
    );
  }

  protected changeRole(account: StaffAccountDetails, role: string): Promise<unknown> {
    return this.run(
      () => this.admin.updateStaffAccount(account.id, { role: role as Role }),
      (updated) =>
        `${updated.displayName} is now ${roleLabel(updated.role).toLowerCase()}; their sessions ended.` +
        (updated.pendingApproval ? ' The role waits for a director’s approval.' : ''),
    );
  }

  /** What the status column says of an account. */
  protected statusOf(account: StaffAccountDetails): string {
    if (account.disabled) return 'Disabled';
    const waits = account.pendingApproval ? ', waiting for a director’s approval' : '';
    if (!account.passwordSet) {
      return account.invitationExpiresAt ? `Invited until ${this.format(account.invitationExpiresAt)}${waits}` : `Invitation revoked or expired${waits}`;
    }
    return account.pendingApproval ? 'Waiting for a director’s approval' : 'Active';
  }

  private sent(invitation: InvitationSent): string {
    return `The invitation link is emailed to ${invitation.emailedTo} alone; it works once, until ${this.format(invitation.expiresAt)}.`;
  }

  private format(iso: string): string {
    return formatClinicDateTime(iso, this.timeZone);
  }

  protected setDisabled(account: StaffAccountDetails, disabled: boolean): Promise<unknown> {
    return this.run(
      () => this.admin.updateStaffAccount(account.id, { disabled }),
      (updated) => (disabled ? `${updated.displayName} is disabled and signed out everywhere.` : `${updated.displayName} can sign in again.`),
    );
  }

  protected resetSecondFactor(account: StaffAccountDetails): Promise<unknown> {
    return this.run(
      () => this.admin.resetSecondFactor(account.id),
      () => `${account.displayName}’s authenticator is reset; they enroll again at their next sign-in.`,
    );
  }

  protected setPolicy(policy: string): Promise<unknown> {
    return this.run(
      () => this.admin.updateSecurity({ secondFactorPolicy: policy as 'privileged_roles' | 'everyone' }),
      (settings: OrganizationSecuritySettings) =>
        settings.secondFactorPolicy === 'everyone' ? 'Everyone must now use an authenticator app.' : 'Directors and admins must use an authenticator app.',
    );
  }

  /** Runs a change, reloads what it touched, and says how it went. */
  private async run<T>(change: () => Promise<T>, done: (result: T) => string): Promise<boolean> {
    this.busy.set(true);
    try {
      const result = await change();
      this.message.set({ kind: 'done', text: done(result) });
      this.accounts.reload();
      this.security.reload();
      return true;
    } catch (error) {
      this.message.set({ kind: 'error', text: problemMessage(error) });
      this.accounts.reload();
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}
