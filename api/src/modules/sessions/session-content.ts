import { createHash } from 'node:crypto';
import type { AttendanceStatus, RatingSource, RiskLevel } from '@cohesion/domain';
import { canonicalJson } from '@cohesion/domain';
import type { SessionWriteRequest } from '@cohesion/contracts';
import type { FreeTextField } from '../deidentification/deidentification.service';

/** A session's content with every default applied: what is stored for a draft. */
export interface SessionContent {
  heldOn: string;
  durationMinutes: number;
  coFacilitatorIds: string[];
  attendance: { memberId: string; status: AttendanceStatus }[];
  ratings: { memberId: string; measure: string; score: number; source: RatingSource }[];
  note: {
    themes: string[];
    process: string;
    interventions: string;
    risk: { level: RiskLevel; followUp: string | null };
    plan: string;
    feedbackDiscussed: string;
  };
  memberObservations: { memberId: string; text: string }[];
}

/** Applies the defaults of a draft: no attendance, no ratings, an empty note. Free text is trimmed. */
export function sessionContentFrom(request: SessionWriteRequest): SessionContent {
  const note = request.note;
  const followUp = note?.risk.followUp?.trim();
  return {
    heldOn: request.heldOn,
    durationMinutes: request.durationMinutes,
    coFacilitatorIds: [...new Set(request.coFacilitatorIds ?? [])],
    attendance: request.attendance ?? [],
    ratings: (request.ratings ?? []).map((r) => ({ ...r, source: r.source ?? 'facilitator_entered' })),
    note: {
      themes: [...new Set((note?.themes ?? []).map((t) => t.trim()).filter(Boolean))],
      process: note?.process.trim() ?? '',
      interventions: note?.interventions.trim() ?? '',
      risk: { level: note?.risk.level ?? 'none', followUp: followUp ? followUp : null },
      plan: note?.plan.trim() ?? '',
      feedbackDiscussed: note?.feedbackDiscussed.trim() ?? '',
    },
    memberObservations: (note?.memberObservations ?? []).map((o) => ({ memberId: o.memberId, text: o.text.trim() })),
  };
}

/** Every free-text field of the content, named by its path, for the identifier check. */
export function freeTextFields(content: SessionContent): FreeTextField[] {
  const { note } = content;
  return [
    ...note.themes.map((text, i) => ({ field: `note.themes[${i}]`, text })),
    { field: 'note.process', text: note.process },
    { field: 'note.interventions', text: note.interventions },
    { field: 'note.risk.followUp', text: note.risk.followUp ?? '' },
    { field: 'note.plan', text: note.plan },
    { field: 'note.feedbackDiscussed', text: note.feedbackDiscussed },
    ...content.memberObservations.map((o, i) => ({ field: `note.memberObservations[${i}].text`, text: o.text })),
  ].filter((f) => f.text.length > 0);
}

/** Fingerprint of a create request, to tell a retry (same body) from a reused key (another body). */
export function createRequestHash(groupId: string, request: SessionWriteRequest): string {
  return createHash('sha256').update(canonicalJson({ groupId, request }), 'utf8').digest('hex');
}
