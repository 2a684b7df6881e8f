import type { AttendanceSummary, CheckIn, NoteContent, SupervisionPackScope, TrendResponse } from '@cohesion/contracts';

/** A signed note as the pack prints it: member observations by code only. */
export interface PackNote {
  sessionId: string;
  heldOn: string;
  groupName: string;
  durationMinutes: number;
  note: Omit<NoteContent, 'memberObservations'>;
  memberObservations: { memberCode: string; text: string }[];
  signedBy: string;
  /** Already in the organization's time zone. */
  signedAt: string;
  cosignedBy: string | null;
  cosignedAt: string | null;
  addenda: { author: string; createdAt: string; text: string }[];
}

/** Everything a supervision pack shows, gathered before drawing: the figures are the analytics routes' own answers. */
export interface SupervisionPackContent {
  scope: SupervisionPackScope;
  /** `Group: Tuesday circle` or `Facilitator: Lena Lead`. */
  scopeLabel: string;
  groupNames: string[];
  period: { from: string; to: string };
  generatedBy: string;
  /** When, in the organization's time zone, with the zone's name. */
  generatedAt: string;
  attendance: AttendanceSummary;
  /** The trend by calendar month, as GET /api/analytics/trends answers it. */
  trend: TrendResponse;
  /** Check-ins of the period (one per member per session, with its reasons), each with what was done. */
  checkIns: CheckIn[];
  notes: PackNote[];
}
