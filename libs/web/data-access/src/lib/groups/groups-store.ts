import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type { GroupSummary } from '@cohesion/contracts';
import { firstValueFrom } from 'rxjs';
import { problemMessage } from '../problem/problem-message';

/** Where loading the groups stands. */
export type GroupsStatus = 'idle' | 'loading' | 'loaded' | 'failed';

interface GroupsState {
  status: GroupsStatus;
  groups: readonly GroupSummary[];
  error: string | null;
}

/** The groups the signed-in person may see (GET /api/groups), as signal state. */
@Injectable({ providedIn: 'root' })
export class GroupsStore {
  private readonly http = inject(HttpClient);
  private readonly state = signal<GroupsState>({ status: 'idle', groups: [], error: null });
  private latestRequest = 0;

  /** Where loading stands. */
  readonly status = computed(() => this.state().status);
  /** The groups from the last successful load. */
  readonly groups = computed(() => this.state().groups);
  /** A readable message when the last load failed, else null. */
  readonly error = computed(() => this.state().error);
  /** True while a load is in flight (or none has started yet). */
  readonly loading = computed(() => this.status() === 'loading' || this.status() === 'idle');

  /** Loads the groups afresh; earlier data is dropped so one person never sees another's groups. */
  async loadGroups(): Promise<void> {
    const request = ++this.latestRequest;
    this.state.set({ status: 'loading', groups: [], error: null });
    try {
      const groups = await firstValueFrom(this.http.get<GroupSummary[]>('/api/groups'));
      if (request === this.latestRequest) this.state.set({ status: 'loaded', groups, error: null });
    } catch (error) {
      if (request === this.latestRequest) {
        this.state.set({ status: 'failed', groups: [], error: problemMessage(error) });
      }
    }
  }
}
