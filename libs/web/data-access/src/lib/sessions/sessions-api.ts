import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  Addendum,
  AddendumRequest,
  CosignResponse,
  MemberListScope,
  MemberSummary,
  ReviewQueueItem,
  SessionDetail,
  SessionWriteRequest,
  SignResponse,
  ThemeUse,
} from '@cohesion/contracts';
import { firstValueFrom } from 'rxjs';

/** Session notes: drafts, signing and reading, and the members a session is about. */
@Injectable({ providedIn: 'root' })
export class SessionsApi {
  private readonly http = inject(HttpClient);

  /** Records a new draft; a retry with the same key returns the first one instead of a duplicate. */
  create(groupId: string, request: SessionWriteRequest, idempotencyKey: string): Promise<SessionDetail> {
    return firstValueFrom(this.http.post<SessionDetail>(`/api/groups/${groupId}/sessions`, request, { headers: { 'Idempotency-Key': idempotencyKey } }));
  }

  /** Replaces a draft's content; 409 when someone saved a newer version meanwhile. */
  update(sessionId: string, version: number, request: SessionWriteRequest): Promise<SessionDetail> {
    return firstValueFrom(this.http.put<SessionDetail>(`/api/sessions/${sessionId}`, request, { headers: { 'If-Match': `"${version}"` } }));
  }

  /** The group's earlier themes, most used first: suggestions for a new note. */
  themes(groupId: string): Promise<ThemeUse[]> {
    return firstValueFrom(this.http.get<ThemeUse[]>(`/api/groups/${groupId}/sessions/themes`));
  }

  get(sessionId: string): Promise<SessionDetail> {
    return firstValueFrom(this.http.get<SessionDetail>(`/api/sessions/${sessionId}`));
  }

  sign(sessionId: string): Promise<SignResponse> {
    return firstValueFrom(this.http.post<SignResponse>(`/api/sessions/${sessionId}/sign`, {}));
  }

  /** A supervisor's co-signature on a signed note. */
  cosign(sessionId: string): Promise<CosignResponse> {
    return firstValueFrom(this.http.post<CosignResponse>(`/api/sessions/${sessionId}/cosign`, {}));
  }

  /** A correction or follow-up on a signed note (the note itself never changes). */
  addAddendum(sessionId: string, request: AddendumRequest): Promise<Addendum> {
    return firstValueFrom(this.http.post<Addendum>(`/api/sessions/${sessionId}/addenda`, request));
  }

  /** Signed notes waiting for the supervisor's co-signature, most urgent first. */
  reviewQueue(): Promise<ReviewQueueItem[]> {
    return firstValueFrom(this.http.get<ReviewQueueItem[]>('/api/sessions/review-queue'));
  }

  members(groupId: string, include: MemberListScope = 'all'): Promise<MemberSummary[]> {
    return firstValueFrom(this.http.get<MemberSummary[]>(`/api/groups/${groupId}/members`, { params: { include } }));
  }
}
