import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { GroupDetail, Page, SessionSummary } from '@cohesion/contracts';
import { firstValueFrom } from 'rxjs';

/** One group as /api/groups answers it (404 when the caller may not see it). */
@Injectable({ providedIn: 'root' })
export class GroupsApi {
  private readonly http = inject(HttpClient);

  group(groupId: string): Promise<GroupDetail> {
    return firstValueFrom(this.http.get<GroupDetail>(`/api/groups/${groupId}`));
  }

  /** The group's sessions, newest first. */
  sessions(groupId: string, limit = 10): Promise<Page<SessionSummary>> {
    return firstValueFrom(this.http.get<Page<SessionSummary>>(`/api/groups/${groupId}/sessions`, { params: { limit } }));
  }
}
