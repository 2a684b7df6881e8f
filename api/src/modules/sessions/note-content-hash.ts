import { createHash } from 'node:crypto';
import { canonicalJson, type AttendanceStatus, type RatingSource, type RiskLevel } from '@cohesion/domain';

/** Everything a signature covers: the session's facts, its note, attendance, ratings and member observations. */
export interface SignableSessionContent {
  sessionId: string;
  groupId: string;
  heldOn: string;
  durationMinutes: number;
  note: {
    themes: string[];
    process: string;
    interventions: string;
    riskLevel: RiskLevel;
    riskFollowUp: string | null;
    plan: string;
    feedbackDiscussed: string;
  };
  attendance: { memberId: string; status: AttendanceStatus }[];
  ratings: { memberId: string; measure: string; score: number; source: RatingSource }[];
  observations: { memberId: string; text: string }[];
}

/** Hex SHA-256 of the canonical JSON of the content, with its lists in a fixed order. */
export function sessionContentHash(content: SignableSessionContent): string {
  const byMember = <T extends { memberId: string }>(a: T, b: T) => a.memberId.localeCompare(b.memberId);
  const ordered = {
    ...content,
    attendance: [...content.attendance].sort(byMember),
    ratings: [...content.ratings].sort((a, b) => byMember(a, b) || a.measure.localeCompare(b.measure)),
    observations: [...content.observations].sort(byMember),
  };
  return createHash('sha256').update(canonicalJson(ordered), 'utf8').digest('hex');
}
