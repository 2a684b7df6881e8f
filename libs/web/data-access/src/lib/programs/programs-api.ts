import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ProgramSummary } from '@cohesion/contracts';
import { firstValueFrom } from 'rxjs';

/** The organization's programs, for filters. */
@Injectable({ providedIn: 'root' })
export class ProgramsApi {
  private readonly http = inject(HttpClient);

  list(): Promise<ProgramSummary[]> {
    return firstValueFrom(this.http.get<ProgramSummary[]>('/api/programs'));
  }
}
