import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { HttpErrorResponse } from '@angular/common/http';
import { ActivatedRoute, RouterLink } from '@angular/router';
import type { NotAnIdentifier, StaffRef } from '@cohesion/contracts';
import { findIdentifiers, withoutDismissed } from '@cohesion/deidentification';
import { MEASURES } from '@cohesion/domain';
import { AuthStore, SessionsApi, problemMessage } from '@cohesion/web/data-access';
import { ChButton, formatClinicDateTime, formatIsoDate } from '@cohesion/web/ui';
import { CheckedText } from '../record/checked-text';

const ATTENDANCE_LABEL = { present: 'Present', late: 'Late', absent: 'Absent', excused: 'Excused' } as const;

/**
 * One session's note as it was signed: attendance, ratings, the structured note and its addenda. Its facilitators add
 * addenda to a signed note; a supervisor co-signs it. Opening it is recorded in the audit trail by the API.
 */
@Component({
  selector: 'ch-session-page',
  imports: [ChButton, CheckedText, RouterLink],
  templateUrl: './session-page.html',
  styleUrl: './session-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionPage {
  private readonly sessionsApi = inject(SessionsApi);
  private readonly auth = inject(AuthStore);

  protected readonly sessionId = inject(ActivatedRoute).snapshot.paramMap.get('sessionId') ?? '';
  protected readonly session = resource({ params: () => this.sessionId, loader: ({ params }) => this.sessionsApi.get(params) });
  protected readonly notFound = computed(() => {
    const error = this.session.error();
    return error instanceof HttpErrorResponse && error.status === 404;
  });
  protected readonly loadError = computed(() => (this.session.error() && !this.notFound() ? problemMessage(this.session.error()) : null));

  protected readonly role = computed(() => this.auth.user()?.role);
  protected readonly canCosign = computed(() => this.role() === 'supervisor' && this.session.value()?.status === 'signed' && !this.session.value()?.cosignedAt);
  protected readonly canContinue = computed(() => this.role() === 'facilitator' && this.session.value()?.status === 'draft');
  protected readonly canAddAddendum = computed(() => this.role() === 'facilitator' && this.session.value()?.status === 'signed');
  protected readonly ratingRows = computed(() => {
    const session = this.session.value();
    if (!session) return [];
    const byMember = new Map<string, { code: string; scores: Record<string, number> }>();
    for (const rating of session.ratings) {
      const row = byMember.get(rating.memberId) ?? { code: rating.memberCode, scores: {} };
      row.scores[rating.measure] = rating.score;
      byMember.set(rating.memberId, row);
    }
    return [...byMember.values()].map((row) => ({ code: row.code, scores: MEASURES.map((measure) => row.scores[measure] ?? '–') }));
  });

  protected readonly addendumText = signal('');
  protected readonly addendumDismissed = signal<NotAnIdentifier[]>([]);
  protected readonly actionError = signal('');
  protected readonly busy = signal(false);
  protected readonly attendanceLabel = ATTENDANCE_LABEL;
  protected readonly measures = MEASURES;
  protected readonly formatDate = formatIsoDate;
  protected readonly facilitatorNames = (facilitators: readonly StaffRef[]) => facilitators.map((facilitator) => facilitator.displayName).join(' and ');
  protected readonly formatTime = (iso: string) => formatClinicDateTime(iso, this.auth.user()?.timeZone);

  protected async cosign(): Promise<void> {
    await this.act(() => this.sessionsApi.cosign(this.sessionId));
  }

  protected async addAddendum(): Promise<void> {
    const text = this.addendumText().trim();
    if (!text) {
      this.actionError.set('Write the addendum first.');
      return;
    }
    if (withoutDismissed(findIdentifiers(text), this.addendumDismissed()).length > 0) {
      this.actionError.set('Remove or dismiss the highlighted identifiers first.');
      return;
    }
    const added = await this.act(() => this.sessionsApi.addAddendum(this.sessionId, { text, notIdentifiers: this.addendumDismissed() }));
    if (added) {
      this.addendumText.set('');
      this.addendumDismissed.set([]);
    }
  }

  private async act(action: () => Promise<unknown>): Promise<boolean> {
    this.busy.set(true);
    this.actionError.set('');
    try {
      await action();
      this.session.reload();
      return true;
    } catch (error) {
      this.actionError.set(problemMessage(error));
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}
