import type { AttendanceEntry, RatingEntry, SessionDetail } from '@cohesion/contracts';
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
