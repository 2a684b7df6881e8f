import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { StaffSummary } from '@cohesion/contracts';
import type { Role } from '@cohesion/domain';
import { firstValueFrom } from 'rxjs';

/** The organization's enabled staff by name (directors), for filters and assignments. */
@Injectable({ providedIn: 'root' })
export class StaffApi {
  private readonly http = inject(HttpClient);

  list(role?: Role): Promise<StaffSummary[]> {
    return firstValueFrom(this.http.get<StaffSummary[]>('/api/staff', { params: role ? { role } : {} }));
  }
}
