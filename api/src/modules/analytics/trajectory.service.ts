import { Injectable } from '@nestjs/common';
import { isLowN } from '@cohesion/analytics';
import { SERIES_KEYS, type ScoresBySeries, type SeriesKey, type TrajectoryPoint } from '@cohesion/contracts';
import type { Actor } from '../../common/actor';
import { UnitOfWork } from '../../database/unit-of-work';
import { AnalyticsException } from './analytics.exception';
import { GroupAccess } from '../access/group-access';
import { MemberOutcomesRepository, type AttendedSessionRow } from './member-outcomes.repository';
import { noScores, sessionScores, type SessionScoreRow } from './member-session-scores';
import { ROLLUP_UNIT, SERIES_OF_STORED_MEASURE } from './trend-series';

/** A member's scores by their own session number (1st, 2nd, … session attended), beside the group mean of each session. */
@Injectable()
export class TrajectoryService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly groupAccess: GroupAccess,
    private readonly members: MemberOutcomesRepository,
  ) {}

  trajectory(actor: Actor, groupId: string, memberId: string): Promise<TrajectoryPoint[]> {
    return this.unitOfWork.run(actor, async (tx) => {
      await this.groupAccess.requireReadable(tx, actor, groupId);
      const rows = await this.members.findAttendedSessions(tx, groupId, memberId);
      // Attending implies enrollment: only a member without attended sessions needs the enrollment asked.
      if (!rows.length && !(await this.members.isEnrolledEver(tx, groupId, memberId))) throw AnalyticsException.memberNotFound();
      const attended = sessionScores(rows.flatMap(scoreRows));
      const groups = new Map(rows.map((row) => [row.sessionId, groupOf(row.stats)]));
      return attended.map((session, i) => ({
        sessionNumber: i + 1,
        sessionId: session.sessionId,
        heldOn: session.heldOn,
        scores: session.scores,
        ...(groups.get(session.sessionId) ?? groupOf({})),
      }));
    });
  }
}

/** The member's ratings of one session as score rows (one empty row when they attended without being rated). */
function scoreRows(row: AttendedSessionRow): SessionScoreRow[] {
  const rated = Object.entries(row.scores).map(([measure, score]) => ({ sessionId: row.sessionId, heldOn: row.heldOn, measure, score }));
  return rated.length ? rated : [{ sessionId: row.sessionId, heldOn: row.heldOn, measure: null, score: null }];
}

/**
 * The group mean of each series from the session's sufficient statistics, with the members behind it: in one session a
 * member rates a series once, so its n is its members.
 */
function groupOf(stats: AttendedSessionRow['stats']): Pick<TrajectoryPoint, 'groupMean' | 'groupMembers' | 'groupLowN'> {
  const groupMean: ScoresBySeries = noScores();
  const groupMembers = Object.fromEntries(SERIES_KEYS.map((key) => [key, 0])) as Record<SeriesKey, number>;
  for (const [measure, [n, total]] of Object.entries(stats)) {
    const key = SERIES_OF_STORED_MEASURE[measure];
    if (!key) continue;
    groupMean[key] = n ? total / (n * ROLLUP_UNIT) : null;
    groupMembers[key] = n;
  }
  const groupLowN = Object.fromEntries(SERIES_KEYS.map((key) => [key, isLowN(groupMembers[key])])) as Record<SeriesKey, boolean>;
  return { groupMean, groupMembers, groupLowN };
}
