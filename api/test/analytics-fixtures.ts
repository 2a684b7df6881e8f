import type { AttendanceEntry, MemberSummary, RatingEntry, SessionDetail, SignResponse } from '@cohesion/contracts';
import type { Measure } from '@cohesion/domain';
import { aSessionRequest } from './clinical-fixtures';
import type { TestClient } from './http-client';

/** A member's scores of belonging, learning and accountability; null for a measure they skipped. */
export type Scores = readonly [belonging: number | null, learning: number | null, accountability: number | null];

const MEASURE_ORDER: readonly Measure[] = ['belonging', 'learning', 'accountability'];

/** Records a session through the API: attendance as given, and each rated member's scores (null: skipped). */
export async function aRatedSession(
  facilitator: TestClient,
  groupId: string,
  heldOn: string,
  attendance: Record<string, AttendanceEntry['status']>,
  scores: Record<string, Scores>,
): Promise<SessionDetail> {
  const ratings: RatingEntry[] = Object.entries(scores).flatMap(([memberId, values]) =>
    values.flatMap((score, i) => (score === null ? [] : [{ memberId, measure: MEASURE_ORDER[i], score }])),
  );
  const request = aSessionRequest([], {
    heldOn,
    attendance: Object.entries(attendance).map(([memberId, status]) => ({ memberId, status })),
    ratings,
  });
  const response = await facilitator.post(`/api/groups/${groupId}/sessions`, request);
  if (response.status !== 201) throw new Error(`recording a session failed: ${response.status} ${response.body}`);
  return response.json<SessionDetail>();
}

/**
 * The same, then signed by the facilitator (who must lead the group): a locked record, as exports count them. Members
 * enrolled on that day and not in `attendance` are recorded absent, as signing needs everyone's attendance.
 */
export async function aSignedSession(...[facilitator, groupId, heldOn, attendance, scores]: Parameters<typeof aRatedSession>): Promise<SessionDetail> {
  const members = (await facilitator.get(`/api/groups/${groupId}/members?include=all`)).json<MemberSummary[]>();
  const enrolled = members.filter((member) => member.joinedOn <= heldOn && (member.leftOn === null || member.leftOn >= heldOn));
  const everyone = { ...Object.fromEntries(enrolled.map((member) => [member.id, 'absent' as const])), ...attendance };
  const session = await aRatedSession(facilitator, groupId, heldOn, everyone, scores);
  const signed = await facilitator.post(`/api/sessions/${session.id}/sign`);
  if (signed.status !== 200) throw new Error(`signing a session failed: ${signed.status} ${signed.body}`);
  return { ...session, ...signed.json<SignResponse>() };
}
