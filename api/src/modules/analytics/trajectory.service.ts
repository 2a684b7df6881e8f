import { Injectable } from '@nestjs/common';
import type { ScoresBySeries, TrajectoryPoint } from '@cohesion/contracts';
import type { Actor } from '../../common/actor';
import { UnitOfWork } from '../../database/unit-of-work';
import { AnalyticsException } from './analytics.exception';
import { AnalyticsScopes } from './analytics-scope';
import { MemberOutcomesRepository, type SessionMeanRow } from './member-outcomes.repository';
import { noScores, sessionScores } from './member-session-scores';
import { ROLLUP_UNIT, SERIES_OF_STORED_MEASURE } from './trend-series';

/** A member's scores by their own session number (1st, 2nd, … session attended), beside the group mean of each session. */
@Injectable()
export class TrajectoryService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly scopes: AnalyticsScopes,
    private readonly members: MemberOutcomesRepository,
  ) {}

  trajectory(actor: Actor, groupId: string, memberId: string): Promise<TrajectoryPoint[]> {
    return this.unitOfWork.run(actor, async (tx) => {
      await this.scopes.requireGroup(tx, actor, groupId);
      if (!(await this.members.isEnrolledEver(tx, groupId, memberId))) throw AnalyticsException.memberNotFound();
      const attended = sessionScores(await this.members.findAttendedSessions(tx, groupId, memberId));
      const groupMeans = groupMeansBySession(await this.members.findSessionMeans(tx, attended.map((s) => s.sessionId)));
      return attended.map((session, i) => ({
        sessionNumber: i + 1,
        sessionId: session.sessionId,
        heldOn: session.heldOn,
        scores: session.scores,
        groupMean: groupMeans.get(session.sessionId) ?? noScores(),
      }));
    });
  }
}

function groupMeansBySession(rows: readonly SessionMeanRow[]): Map<string, ScoresBySeries> {
  const means = new Map<string, ScoresBySeries>();
  for (const row of rows) {
    const key = SERIES_OF_STORED_MEASURE[row.measure];
    if (!key) continue;
    const scores = means.get(row.sessionId) ?? noScores();
    scores[key] = row.n ? row.total / (row.n * ROLLUP_UNIT) : null;
    means.set(row.sessionId, scores);
  }
  return means;
}
