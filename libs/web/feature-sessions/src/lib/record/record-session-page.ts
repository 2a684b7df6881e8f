import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, computed, effect, inject, resource, signal, untracked, viewChild } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import type { NotAnIdentifier, ScoresBySeries } from '@cohesion/contracts';
import { findIdentifiers, withoutDismissed } from '@cohesion/deidentification';
import { ATTENDANCE_STATUSES, todayIsoDateIn, type AttendanceStatus, type Measure, type RiskLevel } from '@cohesion/domain';
import { AnalyticsApi, AuthStore, GroupsApi, SessionsApi, problemMessage } from '@cohesion/web/data-access';
import { ChButton, formatIsoDate } from '@cohesion/web/ui';
import { CheckedText } from './checked-text';
import { DraftStorage, type StoredDraft } from './draft-storage';
import { lastSessionFeedback } from './last-session-feedback';
import { RatingsGrid, type ScoreChange } from './ratings-grid';
import { ThemeChips } from './theme-chips';
import { NOTE_TEXT_FIELDS, draftOf, emptyDraft, enrolledOn, isAttending, toRequest, type NoteTextField, type SessionDraft } from './session-draft';

/** How long after the last change the draft goes to the server. */
const AUTOSAVE_DELAY_MS = 2000;

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'local'; reason: string } | { kind: 'error'; message: string };

type Step = 'edit' | 'review' | 'signed';

const ATTENDANCE_LABEL: Record<AttendanceStatus, string> = { present: 'Present', late: 'Late', absent: 'Absent', excused: 'Excused' };
const NOTE_FIELD_LABEL: Record<NoteTextField, { label: string; hint: string }> = {
  process: { label: 'Process', hint: 'How the group worked together: who spoke, what shifted.' },
  interventions: { label: 'Interventions', hint: 'What you did as facilitator.' },
  plan: { label: 'Plan', hint: 'What comes next for the group.' },
  feedbackDiscussed: { label: 'Feedback discussed', hint: 'What you shared with the group about last session’s ratings.' },
};

function timeOf(date: Date): string {
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/**
 * Recording a session, designed for a tired clinician at 8 pm: date and duration, attendance with "all present",
 * a keyboard-first ratings grid, the structured note with a live identifier check, a draft that saves itself (to this
 * tab at once, to the server two seconds after the last change), then a review of the whole note and signing.
 */
@Component({
  selector: 'ch-record-session-page',
  imports: [ChButton, CheckedText, RatingsGrid, RouterLink, ThemeChips],
  templateUrl: './record-session-page.html',
  styleUrl: './record-session-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecordSessionPage {
  private readonly sessionsApi = inject(SessionsApi);
  private readonly analytics = inject(AnalyticsApi);
  private readonly groupsApi = inject(GroupsApi);
  private readonly storage = new DraftStorage();
  private readonly signDialog = viewChild<ElementRef<HTMLDialogElement>>('signDialog');
  private autosaveTimer: ReturnType<typeof setTimeout> | undefined;
  private saving: Promise<void> | null = null;

  private readonly params = inject(ActivatedRoute).snapshot.paramMap;
  protected readonly groupId = this.params.get('groupId') ?? '';
  /** The saved draft being continued (`…/sessions/:sessionId/edit`); null for a new session. */
  protected readonly editing = this.params.get('sessionId');
  private readonly user = inject(AuthStore).user();
  private readonly storageKey = `${this.user?.id ?? 'anonymous'}.${this.groupId}.${this.editing ?? 'new'}`;
  private readonly restored = this.storage.read(this.storageKey);

  // A draft kept by an earlier version of this page may lack newer fields: the defaults fill them.
  /** The clinic's today: a session cannot be dated after it. */
  protected readonly today = todayIsoDateIn(this.user?.timeZone ?? 'UTC');
  protected readonly draft = signal<SessionDraft>({ ...emptyDraft(this.today), ...this.restored?.draft });
  protected readonly session = signal<StoredDraft['session']>(this.restored?.session ?? null);
  private readonly idempotencyKey = this.restored?.idempotencyKey ?? crypto.randomUUID();
  protected readonly restoredNotice = this.restored !== null;
  /** Loading a saved draft from the server (unless this tab holds newer unsaved changes of it). */
  protected readonly loadingSaved = signal(this.editing !== null && this.restored === null);
  protected readonly savedLoadError = signal<string | null>(null);
  protected readonly alreadySigned = signal(false);
  protected readonly saveState = signal<SaveState>({ kind: 'idle' });
  protected readonly step = signal<Step>('edit');
  protected readonly signError = signal('');
  protected readonly signedAt = signal<string | null>(null);

  protected readonly group = resource({ params: () => this.groupId, loader: ({ params }) => this.groupsApi.group(params) });
  protected readonly members = resource({ params: () => this.groupId, loader: ({ params }) => this.sessionsApi.members(params, 'all') });
  protected readonly previousScores = resource({
    params: () => this.groupId,
    loader: async ({ params }) =>
      Object.fromEntries((await this.analytics.groupMembers(params)).flatMap((m) => (m.latest ? [[m.memberId, m.latest.scores]] : []))) as Record<
        string,
        ScoresBySeries
      >,
  });

  protected readonly themeSuggestions = resource({ params: () => this.groupId, loader: ({ params }) => this.sessionsApi.themes(params) });
  /** A new note's "Feedback discussed" starts from the last session's figures, for the facilitator to edit. */
  private readonly feedbackSuggestion = resource({
    params: () => (this.editing || this.restored ? undefined : this.groupId),
    loader: async ({ params }) => {
      const [trend, alerts] = await Promise.all([
        this.analytics.trend({ scope: 'group', id: params, bucket: 'session' }),
        this.analytics.checkIns({ groupId: params, status: 'all' }),
      ]);
      return lastSessionFeedback(trend.series, alerts.items);
    },
  });

  /** The group's other facilitators, who may have run the session too. */
  protected readonly colleagues = computed(() => (this.group.value()?.facilitators ?? []).filter((facilitator) => facilitator.id !== this.user?.id));
  protected readonly coFacilitatorNames = computed(() => {
    const chosen = new Set(this.draft().coFacilitatorIds);
    return this.colleagues()
      .filter((colleague) => chosen.has(colleague.id))
      .map((colleague) => colleague.displayName)
      .join(', ');
  });

  protected readonly enrolled = computed(() => enrolledOn(this.members.value() ?? [], this.draft().heldOn));
  protected readonly attending = computed(() => this.enrolled().filter((member) => isAttending(this.draft().attendance[member.id])));
  protected readonly unmarked = computed(() => this.enrolled().filter((member) => !this.draft().attendance[member.id]).length);
  protected readonly openFindings = computed(() => {
    const draft = this.draft();
    return [...NOTE_TEXT_FIELDS.map((field) => draft[field]), draft.riskFollowUp, ...draft.themes].reduce(
      (count, text) => count + withoutDismissed(findIdentifiers(text), draft.notIdentifiers).length,
      0,
    );
  });
  protected readonly saveLabel = computed(() => {
    const state = this.saveState();
    switch (state.kind) {
      case 'saving':
        return 'Saving…';
      case 'saved':
        return `Saved ${timeOf(state.at)}`;
      case 'local':
        return `${state.reason} — saved on this device`;
      case 'error':
        return state.message;
      default:
        return this.restoredNotice ? 'Your unsaved draft was restored' : 'Not saved yet';
    }
  });

  protected readonly statuses = ATTENDANCE_STATUSES;
  protected readonly attendanceLabel = ATTENDANCE_LABEL;
  protected readonly noteFields = NOTE_TEXT_FIELDS;
  protected readonly noteFieldLabel = NOTE_FIELD_LABEL;
  protected readonly formatDate = formatIsoDate;

  constructor() {
    if (this.editing && !this.restored) void this.loadSaved(this.editing);
    // Set without saving: a suggestion alone is no reason to create a draft on the server.
    effect(() => {
      const suggestion = this.feedbackSuggestion.hasValue() ? this.feedbackSuggestion.value() : null;
      if (suggestion && untracked(() => this.draft().feedbackDiscussed) === '') this.draft.update((draft) => ({ ...draft, feedbackDiscussed: suggestion }));
    });
    const retry = () => this.scheduleSave(0);
    window.addEventListener('online', retry);
    inject(DestroyRef).onDestroy(() => {
      window.removeEventListener('online', retry);
      clearTimeout(this.autosaveTimer);
    });
  }

  protected update(change: Partial<SessionDraft>): void {
    this.draft.update((draft) => ({ ...draft, ...change }));
    this.keepLocally();
    this.scheduleSave(AUTOSAVE_DELAY_MS);
  }

  protected setAttendance(memberId: string, status: AttendanceStatus): void {
    this.update({ attendance: { ...this.draft().attendance, [memberId]: status } });
  }

  protected allPresent(): void {
    this.update({ attendance: Object.fromEntries(this.enrolled().map((member) => [member.id, this.draft().attendance[member.id] ?? 'present'])) });
  }

  protected setScore(change: ScoreChange): void {
    const scores: Partial<Record<Measure, number>> = { ...this.draft().ratings[change.memberId] };
    if (change.score === null) delete scores[change.measure];
    else scores[change.measure] = change.score;
    this.update({ ratings: { ...this.draft().ratings, [change.memberId]: scores } });
  }

  protected setText(field: NoteTextField | 'riskFollowUp', value: string): void {
    this.update({ [field]: value } as Partial<SessionDraft>);
  }

  protected setCoFacilitator(staffId: string, ranTheSession: boolean): void {
    const others = this.draft().coFacilitatorIds.filter((id) => id !== staffId);
    this.update({ coFacilitatorIds: ranTheSession ? [...others, staffId] : others });
  }

  protected setRisk(level: RiskLevel): void {
    this.update({ riskLevel: level });
  }

  protected dismissFinding(finding: NotAnIdentifier): void {
    this.update({ notIdentifiers: [...this.draft().notIdentifiers, finding] });
  }

  protected async saveNow(): Promise<void> {
    clearTimeout(this.autosaveTimer);
    await this.saveToServer();
  }

  protected async review(): Promise<void> {
    await this.saveNow();
    if (this.saveState().kind === 'saved') {
      this.signError.set('');
      this.step.set('review');
      window.scrollTo?.({ top: 0 });
    }
  }

  protected confirmSign(): void {
    this.signDialog()?.nativeElement.showModal();
  }

  protected async sign(): Promise<void> {
    this.signDialog()?.nativeElement.close();
    const session = this.session();
    if (!session) return;
    try {
      const signed = await this.sessionsApi.sign(session.id);
      this.storage.clear(this.storageKey);
      this.signedAt.set(signed.signedAt);
      this.step.set('signed');
    } catch (error) {
      this.signError.set(problemMessage(error));
    }
  }

  private async loadSaved(sessionId: string): Promise<void> {
    try {
      const saved = await this.sessionsApi.get(sessionId);
      if (saved.status === 'signed') {
        this.alreadySigned.set(true);
        return;
      }
      this.draft.set(draftOf(saved));
      this.session.set({ id: saved.id, version: saved.version });
      this.saveState.set({ kind: 'saved', at: new Date(saved.updatedAt) });
    } catch (error) {
      this.savedLoadError.set(problemMessage(error));
    } finally {
      this.loadingSaved.set(false);
    }
  }

  private keepLocally(): void {
    this.storage.write(this.storageKey, {
      draft: this.draft(),
      session: this.session(),
      idempotencyKey: this.idempotencyKey,
      savedAt: new Date().toISOString(),
    });
  }

  private scheduleSave(delay: number): void {
    clearTimeout(this.autosaveTimer);
    if (this.step() !== 'edit') return;
    this.autosaveTimer = setTimeout(() => void this.saveToServer(), delay);
  }

  /** One save at a time; a change made meanwhile is saved by the next one. */
  private async saveToServer(): Promise<void> {
    if (this.saving) await this.saving;
    this.saving = this.sendDraft().finally(() => (this.saving = null));
    return this.saving;
  }

  private async sendDraft(): Promise<void> {
    if (this.openFindings() > 0) {
      this.saveState.set({ kind: 'local', reason: 'Possible identifiers to remove or dismiss' });
      return;
    }
    if (!this.members.hasValue()) return;
    this.saveState.set({ kind: 'saving' });
    const request = toRequest(this.draft(), this.enrolled());
    const session = this.session();
    try {
      const saved = session
        ? await this.sessionsApi.update(session.id, session.version, request)
        : await this.sessionsApi.create(this.groupId, request, this.idempotencyKey);
      this.session.set({ id: saved.id, version: saved.version });
      this.keepLocally();
      this.saveState.set({ kind: 'saved', at: new Date() });
    } catch (error) {
      if (error instanceof HttpErrorResponse && error.status === 0) this.saveState.set({ kind: 'local', reason: 'Offline' });
      else this.saveState.set({ kind: 'error', message: `Not saved: ${problemMessage(error)}` });
    }
  }
}
