import type { AttendanceStatus, Measure, RatingSource, RiskLevel, SessionStatus } from '@cohesion/domain';
import type { IdentifierKind } from './deidentification';

export interface AttendanceEntry {
  memberId: string;
  status: AttendanceStatus;
}

export interface RatingEntry {
  memberId: string;
  measure: Measure;
  score: number;
  /** Defaults to `facilitator_entered`. */
  source?: RatingSource;
}

export interface MemberObservation {
  memberId: string;
  text: string;
}

export interface NoteContent {
  themes: string[];
  process: string;
  interventions: string;
  risk: { level: RiskLevel; followUp: string | null };
  plan: string;
  feedbackDiscussed: string;
  memberObservations?: MemberObservation[];
}

/** A finding of the identifier check that the writer marks as a false positive (kind and exact text). */
export interface NotAnIdentifier {
  kind: IdentifierKind;
  text: string;
}

/** Body of `POST /api/groups/:groupId/sessions` and `PUT /api/sessions/:id`. A draft may be incomplete. */
export interface SessionWriteRequest {
  heldOn: string;
  durationMinutes: number;
  attendance?: AttendanceEntry[];
  note?: NoteContent;
  ratings?: RatingEntry[];
  notIdentifiers?: NotAnIdentifier[];
  /** Facilitators of the group who ran the session with the one recording it. */
  coFacilitatorIds?: string[];
}

export interface StaffRef {
  id: string;
  displayName: string;
}

export interface Addendum {
  id: string;
  author: StaffRef;
  text: string;
  createdAt: string;
}

export interface SessionDetail {
  id: string;
  groupId: string;
  heldOn: string;
  durationMinutes: number;
  status: SessionStatus;
  version: number;
  createdBy: StaffRef;
  /** Who ran the session: the one who recorded it, then the co-facilitators by name. */
  facilitators: StaffRef[];
  createdAt: string;
  updatedAt: string;
  signedBy: StaffRef | null;
  signedAt: string | null;
  contentHash: string | null;
  cosignedBy: StaffRef | null;
  cosignedAt: string | null;
  attendance: (AttendanceEntry & { memberCode: string })[];
  note: NoteContent & { memberObservations: (MemberObservation & { memberCode: string })[] };
  ratings: (Required<RatingEntry> & { memberCode: string })[];
  addenda: Addendum[];
}

export interface SessionSummary {
  id: string;
  groupId: string;
  heldOn: string;
  durationMinutes: number;
  status: SessionStatus;
  version: number;
  signedAt: string | null;
  cosignedAt: string | null;
  presentCount: number;
  riskLevel: RiskLevel;
}

export interface SignResponse {
  status: 'signed';
  signedAt: string;
  contentHash: string;
  version: number;
}

export interface CosignResponse {
  cosignedAt: string;
  cosignedBy: StaffRef;
}

export interface AddendumRequest {
  text: string;
  notIdentifiers?: NotAnIdentifier[];
}

/** `GET /api/sessions/review-queue`: a signed note of a supervised group waiting for the supervisor's co-signature. */
export interface ReviewQueueItem {
  sessionId: string;
  groupId: string;
  groupName: string;
  heldOn: string;
  signedAt: string;
  signedBy: StaffRef;
  riskLevel: RiskLevel;
  presentCount: number;
}

/** `GET /api/groups/:groupId/sessions/themes`: the group's themes so far, most used first, to suggest on a new note. */
export interface ThemeUse {
  theme: string;
  /** Notes of the group that named it. */
  sessions: number;
  /** The latest session that named it. */
  lastHeldOn: string;
}
