import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AuditAction, AuditChainVerification, AuditEvent, CreateStaffAccountRequest, OrganizationSecuritySettings, Page, StaffAccountDetails,
  UpdateOrganizationSecurityRequest, UpdateStaffAccountRequest,
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

/** An admin's work: staff accounts, the organization's security settings and the audit trail. */
@Injectable({ providedIn: 'root' })
export class AdminApi {
  private readonly http = inject(HttpClient);

  staffAccounts(): Promise<StaffAccountDetails[]> {
    return firstValueFrom(this.http.get<StaffAccountDetails[]>('/api/staff/accounts'));
  }

  createStaffAccount(request: CreateStaffAccountRequest): Promise<StaffAccountDetails> {
    return firstValueFrom(this.http.post<StaffAccountDetails>('/api/staff/accounts', request));
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

  auditTrail(filter: AuditFilter): Promise<Page<AuditEvent>> {
    const params = Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined && value !== '').map(([key, value]) => [key, String(value)]));
    return firstValueFrom(this.http.get<Page<AuditEvent>>('/api/audit', { params }));
  }

  verifyAuditTrail(): Promise<AuditChainVerification> {
    return firstValueFrom(this.http.get<AuditChainVerification>('/api/audit/verification'));
  }
}
