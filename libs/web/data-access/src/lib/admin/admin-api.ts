import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ApprovalRequest,
  AuditAction,
  AuditChainVerification,
  AuditEvent,
  CreatedStaffAccount,
  CreateStaffAccountRequest,
  InvitationSent,
  OrganizationSecuritySettings,
  OrganizationSettings,
  Page,
  SingleSignOnDecision,
  SingleSignOnSettings,
  StaffAccountDetails,
  UpdateOrganizationSecurityRequest,
  UpdateOrganizationSettingsRequest,
  UpdateSingleSignOnRequest,
  UpdateStaffAccountRequest,
} from '@cohesion/contracts';
import { firstValueFrom } from 'rxjs';

/** What the audit trail view filters by; dates are whole days. */
export interface AuditFilter {
  from?: string;
  to?: string;
  actorId?: string;
  action?: AuditAction;
  limit: number;
  offset: number;
}

/** An admin's work (staff accounts, the organization's security settings, the audit trail) and a director's approvals. */
@Injectable({ providedIn: 'root' })
export class AdminApi {
  private readonly http = inject(HttpClient);

  staffAccounts(): Promise<StaffAccountDetails[]> {
    return firstValueFrom(this.http.get<StaffAccountDetails[]>('/api/staff/accounts'));
  }

  createStaffAccount(request: CreateStaffAccountRequest): Promise<CreatedStaffAccount> {
    return firstValueFrom(this.http.post<CreatedStaffAccount>('/api/staff/accounts', request));
  }

  /** A new invitation link for someone who has not chosen a password yet; their earlier links stop working. */
  issueInvitation(userId: string): Promise<InvitationSent> {
    return firstValueFrom(this.http.post<InvitationSent>(`/api/staff/accounts/${userId}/invitation`, {}));
  }

  revokeInvitation(userId: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`/api/staff/accounts/${userId}/invitation`));
  }

  /** Directors: the clinical roles admins gave that wait for a decision. */
  approvals(): Promise<ApprovalRequest[]> {
    return firstValueFrom(this.http.get<ApprovalRequest[]>('/api/staff/approvals'));
  }

  /** An approval names the role the director saw, so that a request changed since is refused rather than approved. */
  decideApproval(request: ApprovalRequest, decision: 'approve' | 'decline'): Promise<StaffAccountDetails> {
    const body = decision === 'approve' ? { role: request.account.role } : {};
    return firstValueFrom(this.http.post<StaffAccountDetails>(`/api/staff/approvals/${request.account.id}/${decision}`, body));
  }

  updateStaffAccount(userId: string, request: UpdateStaffAccountRequest): Promise<StaffAccountDetails> {
    return firstValueFrom(this.http.patch<StaffAccountDetails>(`/api/staff/accounts/${userId}`, request));
  }

  resetSecondFactor(userId: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`/api/staff/accounts/${userId}/second-factor`));
  }

  security(): Promise<OrganizationSecuritySettings> {
    return firstValueFrom(this.http.get<OrganizationSecuritySettings>('/api/organization/security'));
  }

  updateSecurity(request: UpdateOrganizationSecurityRequest): Promise<OrganizationSecuritySettings> {
    return firstValueFrom(this.http.put<OrganizationSecuritySettings>('/api/organization/security', request));
  }

  /** The organization's time zone, k, low-score threshold and r (admins and clinical directors). */
  settings(): Promise<OrganizationSettings> {
    return firstValueFrom(this.http.get<OrganizationSettings>('/api/organization/settings'));
  }

  updateSettings(request: UpdateOrganizationSettingsRequest): Promise<OrganizationSettings> {
    return firstValueFrom(this.http.put<OrganizationSettings>('/api/organization/settings', request));
  }

  /** The organization's OpenID provider (admins), with the redirect URI to register there. */
  singleSignOn(): Promise<SingleSignOnSettings> {
    return firstValueFrom(this.http.get<SingleSignOnSettings>('/api/organization/single-sign-on'));
  }

  updateSingleSignOn(request: UpdateSingleSignOnRequest): Promise<SingleSignOnSettings> {
    return firstValueFrom(this.http.put<SingleSignOnSettings>('/api/organization/single-sign-on', request));
  }

  removeSingleSignOn(): Promise<SingleSignOnSettings> {
    return firstValueFrom(this.http.delete<SingleSignOnSettings>('/api/organization/single-sign-on'));
  }

  /** Directors: approve or decline the provider an admin proposed, naming the version they read. */
  decideSingleSignOn(proposedAt: string, decision: 'approve' | 'decline'): Promise<SingleSignOnSettings> {
    const body: SingleSignOnDecision = { proposedAt };
    return firstValueFrom(this.http.post<SingleSignOnSettings>(`/api/organization/single-sign-on/${decision}`, body));
  }

  auditTrail(filter: AuditFilter): Promise<Page<AuditEvent>> {
    const params = Object.fromEntries(
      Object.entries(filter)
        .filter(([, value]) => value !== undefined && value !== '')
        .map(([key, value]) => [key, String(value)]),
    );
    return firstValueFrom(this.http.get<Page<AuditEvent>>('/api/audit', { params }));
  }

  verifyAuditTrail(): Promise<AuditChainVerification> {
    return firstValueFrom(this.http.get<AuditChainVerification>('/api/audit/verification'));
  }
}
