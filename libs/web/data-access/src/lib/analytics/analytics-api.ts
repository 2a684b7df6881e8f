import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AlertKind,
  AttendanceSummary,
  CheckIn,
  CheckInStatusFilter,
  GroupClimate,
  GroupGlance,
  MemberListScope,
  MemberOutcomeSummary,
  Page,
  ProgramRetention,
  TrajectoryPoint,
  TrendRequest,
  TrendResponse,
} from '@cohesion/contracts';
import { firstValueFrom } from 'rxjs';

/** Drops absent values, so the API applies its own defaults. */
function params(values: Record<string, string | number | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => [key, String(value)]),
  );
}

/** The outcome analytics of /api/analytics, typed by the shared contracts. */
@Injectable({ providedIn: 'root' })
export class AnalyticsApi {
  private readonly http = inject(HttpClient);

  trend(request: TrendRequest): Promise<TrendResponse> {
    return firstValueFrom(this.http.get<TrendResponse>('/api/analytics/trends', { params: params({ ...request }) }));
  }

  groupMembers(groupId: string, include: MemberListScope = 'current'): Promise<MemberOutcomeSummary[]> {
    return firstValueFrom(this.http.get<MemberOutcomeSummary[]>(`/api/analytics/groups/${groupId}/members`, { params: { include } }));
  }

  trajectory(groupId: string, memberId: string): Promise<TrajectoryPoint[]> {
    return firstValueFrom(this.http.get<TrajectoryPoint[]>(`/api/analytics/groups/${groupId}/members/${memberId}/trajectory`));
  }

  /** Check-ins (one per member per session, with its reasons) of a group, a facilitator's groups, or every visible group. */
  checkIns(filter: { groupId?: string; facilitatorId?: string; kind?: AlertKind; status: CheckInStatusFilter }): Promise<Page<CheckIn>> {
    return firstValueFrom(this.http.get<Page<CheckIn>>('/api/analytics/alerts', { params: params({ ...filter, limit: 100 }) }));
  }

  /** Closes a check-in, and so all its reasons, with the action taken. */
  acknowledgeCheckIn(checkInId: string, action: string): Promise<CheckIn> {
    return firstValueFrom(this.http.post<CheckIn>(`/api/analytics/alerts/${checkInId}/acknowledge`, { action }));
  }

  /** Each visible group's benefit index by ISO week (directors may narrow it to one program). */
  groupClimate(request: { programId?: string; facilitatorId?: string; from?: string; to?: string }): Promise<GroupClimate[]> {
    return firstValueFrom(this.http.get<GroupClimate[]>('/api/analytics/groups/climate', { params: params({ ...request }) }));
  }

  /** Each visible group at a glance: recent benefit index and change, attendance, open alerts and its last weeks. */
  groupGlance(): Promise<GroupGlance[]> {
    return firstValueFrom(this.http.get<GroupGlance[]>('/api/analytics/groups/glance'));
  }

  /** Each program's Kaplan–Meier retention curve over the members who joined in the range (directors). */
  programRetention(request: { from?: string; to?: string }): Promise<ProgramRetention[]> {
    return firstValueFrom(this.http.get<ProgramRetention[]>('/api/analytics/retention/programs', { params: params({ ...request }) }));
  }

  attendance(request: Omit<TrendRequest, 'bucket'>): Promise<AttendanceSummary> {
    return firstValueFrom(this.http.get<AttendanceSummary>('/api/analytics/attendance', { params: params({ ...request }) }));
  }
}
