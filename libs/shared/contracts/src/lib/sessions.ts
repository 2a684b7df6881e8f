import type { AttendanceStatus, Measure, RatingSource, RiskLevel, SessionStatus } from '@cohesion/domain';

export interface AttendanceEntry {
  memberId: string;
  status: AttendanceStatus;
}

export interface RatingEntry {
  memberId: string;
  measure: Measure;
  score: number;
  source?: RatingSource;
}

export interface NoteContent {
  themes: string[];
  process: string;
  interventions: string;
  risk: { level: RiskLevel; followUp: string | null };
  plan: string;
  feedbackDiscussed: string;
  memberObservations?: { memberId: string; text: string }[];
}

export interface SessionSummary {
  id: string;
  groupId: string;
  heldOn: string;
  durationMinutes: number;
  status: SessionStatus;
  version: number;
  signedAt: string | null;
  presentCount: number;
  riskLevel: RiskLevel;
}
