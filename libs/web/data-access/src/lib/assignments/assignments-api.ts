import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { FacilitatorAssignment, GroupDetail, GroupSummary, SupervisionAssignment } from '@cohesion/contracts';
import { firstValueFrom } from 'rxjs';

/** A director's clinical structure: who supervises whom, and who facilitates each group. */
@Injectable({ providedIn: 'root' })
export class AssignmentsApi {
  private readonly http = inject(HttpClient);

  /** Every supervisor–facilitator pair of the organization. */
  supervisions(): Promise<SupervisionAssignment[]> {
    return firstValueFrom(this.http.get<SupervisionAssignment[]>('/api/supervisions'));
  }

  /** Replaces whom one supervisor supervises; answers with that supervisor's new list. */
  replaceSupervisions(supervisorId: string, facilitatorIds: string[]): Promise<SupervisionAssignment[]> {
    return firstValueFrom(this.http.put<SupervisionAssignment[]>(`/api/supervisions/${supervisorId}`, { facilitatorIds }));
  }

  /** The organization's groups with their facilitators. */
  groups(): Promise<GroupSummary[]> {
    return firstValueFrom(this.http.get<GroupSummary[]>('/api/groups'));
  }

  /** Replaces who facilitates a group (exactly one lead); answers with the group as it now is. */
  replaceFacilitators(groupId: string, facilitators: FacilitatorAssignment[]): Promise<GroupDetail> {
    return firstValueFrom(this.http.put<GroupDetail>(`/api/groups/${groupId}/facilitators`, { facilitators }));
  }
}
