import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { GroupDetail } from '@cohesion/contracts';
import { firstValueFrom } from 'rxjs';

/** One group as /api/groups answers it (404 when the caller may not see it). */
@Injectable({ providedIn: 'root' })
export class GroupsApi {
  private readonly http = inject(HttpClient);

  group(groupId: string): Promise<GroupDetail> {
    return firstValueFrom(this.http.get<GroupDetail>(`/api/groups/${groupId}`));
  }
}
