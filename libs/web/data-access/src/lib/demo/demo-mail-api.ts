import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { DemoMail } from '@cohesion/contracts';
import { firstValueFrom } from 'rxjs';

/** The demo's mailbox: the emails the demo caught instead of sending. */
@Injectable({ providedIn: 'root' })
export class DemoMailApi {
  private readonly http = inject(HttpClient);

  /** The caught emails, newest first; null when this is not a demo (real mail leaves, and there is no mailbox). */
  async mailbox(): Promise<DemoMail[] | null> {
    try {
      return await firstValueFrom(this.http.get<DemoMail[]>('/api/demo/mail'));
    } catch (error) {
      if (error instanceof HttpErrorResponse && error.status === 404) return null;
      throw error;
    }
  }
}
