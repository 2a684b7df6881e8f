import type { MemberSummary, NotAnIdentifier, SessionDetail, SessionWriteRequest } from '@cohesion/contracts';
import { MEASURES, type AttendanceStatus, type Measure, type RiskLevel } from '@cohesion/domain';

/** Everything the facilitator has entered, as plain data: what autosave keeps and what the API receives. */
export interface SessionDraft {
  heldOn: string;
  durationMinutes: number;
  /** Facilitators of the group who ran the session with the one recording it. */
  coFacilitatorIds: string[];
  attendance: Record<string, AttendanceStatus>;
  /** Scores by member, then measure. */
  ratings: Record<string, Partial<Record<Measure, number>>>;
  themes: string[];
  process: string;
  interventions: string;
  riskLevel: RiskLevel;
  riskFollowUp: string;
  plan: string;
  feedbackDiscussed: string;
  notIdentifiers: NotAnIdentifier[];
}

/** The note's free-text fields, in the order the form shows them. */
export const NOTE_TEXT_FIELDS = ['process', 'interventions', 'plan', 'feedbackDiscussed'] as const;
export type NoteTextField = (typeof NOTE_TEXT_FIELDS)[number];

export const DEFAULT_DURATION_MINUTES = 90;

export function emptyDraft(heldOn: string): SessionDraft {
  return {
    heldOn,
    durationMinutes: DEFAULT_DURATION_MINUTES,
    coFacilitatorIds: [],
    attendance: {},
    ratings: {},
    themes: [],
    process: '',
    interventions: '',
    riskLevel: 'none',
    riskFollowUp: '',
    plan: '',
    feedbackDiscussed: '',
    notIdentifiers: [],
  };
}

/** Members enrolled on the day: joined on or before it and not yet left (leaving that day ends the enrollment). */
export function enrolledOn(members: readonly MemberSummary[], heldOn: string): MemberSummary[] {
  return members.filter((member) => member.joinedOn <= heldOn && (member.leftOn === null || member.leftOn > heldOn));
}

export function isAttending(status: AttendanceStatus | undefined): boolean {
  return status === 'present' || status === 'late';
}

/**
 * The request for the API: only enrolled members' attendance, only attending members' ratings, and the note once
 * anything of it was written (a draft may be incomplete).
 */
export function toRequest(draft: SessionDraft, enrolled: readonly MemberSummary[]): SessionWriteRequest {
  const ids = new Set(enrolled.map((member) => member.id));
  const attendance = Object.entries(draft.attendance)
    .filter(([memberId]) => ids.has(memberId))
    .map(([memberId, status]) => ({ memberId, status }));
  const ratings = Object.entries(draft.ratings)
    .filter(([memberId]) => ids.has(memberId) && isAttending(draft.attendance[memberId]))
    .flatMap(([memberId, scores]) =>
      MEASURES.flatMap((measure) => (scores[measure] === undefined ? [] : [{ memberId, measure, score: scores[measure] as number }])),
    );
  const request: SessionWriteRequest = { heldOn: draft.heldOn, durationMinutes: draft.durationMinutes, attendance, ratings };
  if (draft.coFacilitatorIds.length) request.coFacilitatorIds = draft.coFacilitatorIds;
  if (hasNote(draft)) {
    request.note = {
      themes: draft.themes,
      process: draft.process,
      interventions: draft.interventions,
      risk: { level: draft.riskLevel, followUp: draft.riskLevel === 'concern' ? draft.riskFollowUp : null },
      plan: draft.plan,
      feedbackDiscussed: draft.feedbackDiscussed,
    };
  }
  if (draft.notIdentifiers.length) request.notIdentifiers = draft.notIdentifiers;
  return request;
}

function hasNote(draft: SessionDraft): boolean {
  return (
    draft.themes.length > 0 ||
    draft.riskLevel !== 'none' ||
    [...NOTE_TEXT_FIELDS.map((field) => draft[field]), draft.riskFollowUp].some((text) => text.trim() !== '')
  );
}

/** A saved session as a draft to keep editing. */
export function draftOf(session: SessionDetail): SessionDraft {
  const ratings: SessionDraft['ratings'] = {};
  for (const rating of session.ratings) (ratings[rating.memberId] ??= {})[rating.measure] = rating.score;
  return {
    heldOn: session.heldOn,
    durationMinutes: session.durationMinutes,
    coFacilitatorIds: session.facilitators.map((facilitator) => facilitator.id).filter((id) => id !== session.createdBy.id),
    attendance: Object.fromEntries(session.attendance.map((entry) => [entry.memberId, entry.status])),
    ratings,
    themes: session.note.themes,
    process: session.note.process,
    interventions: session.note.interventions,
    riskLevel: session.note.risk.level,
    riskFollowUp: session.note.risk.followUp ?? '',
    plan: session.note.plan,
    feedbackDiscussed: session.note.feedbackDiscussed,
    notIdentifiers: [],
  };
}

/** A score typed into the grid: a whole number from 0 to 10, nothing, or something else. */
export function parseScore(text: string): number | null | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d{1,2}$/.test(trimmed)) return 'invalid';
  const score = Number(trimmed);
  return score <= 10 ? score : 'invalid';
}
