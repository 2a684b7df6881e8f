import { Injectable } from '@nestjs/common';
import { benefitIndexOf } from '@cohesion/analytics';
import { SERIES_KEYS, type ScoresBySeries, type TrajectoryPoint } from '@cohesion/contracts';
import { isMeasure, type Measure } from '@cohesion/domain';
import type { Actor } from '../../common/actor';
import { UnitOfWork } from '../../database/unit-of-work';
import { AnalyticsException } from './analytics.exception';
import { AnalyticsScopes } from './analytics-scope';
import { MemberOutcomesRepository, type MemberRatingRow, type SessionMeanRow } from './member-outcomes.repository';
import { ROLLUP_UNIT, SERIES_OF_STORED_MEASURE } from './trend-series';

const noScores = (): ScoresBySeries => Object.fromEntries(SERIES_KEYS.map((key) => [key, null])) as ScoresBySeries;

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
      const attended = memberSessions(await this.members.findAttendedSessions(tx, groupId, memberId));
      const groupMeans = groupMeansBySession(await this.members.findSessionMeans(tx, attended.map((s) => s.sessionId)));
      return attended.map((session, i) => ({
        sessionNumber: i + 1,
        sessionId: session.sessionId,
        heldOn: session.heldOn,
        scores: { ...session.scores, benefitIndex: benefitIndexOf(withoutNulls(session.scores)) },
        groupMean: groupMeans.get(session.sessionId) ?? noScores(),
      }));
    });
  }
}

interface AttendedSession {
  sessionId: string;
  heldOn: string;
  scores: ScoresBySeries;
}

function memberSessions(rows: readonly MemberRatingRow[]): AttendedSession[] {
  const sessions: AttendedSession[] = [];
  for (const row of rows) {
    let session = sessions.at(-1);
    if (session?.sessionId !== row.sessionId) {
      session = { sessionId: row.sessionId, heldOn: row.heldOn, scores: noScores() };
      sessions.push(session);
    }
    if (row.measure !== null && isMeasure(row.measure)) session.scores[row.measure] = row.score;
  }
  return sessions;
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

function withoutNulls(scores: ScoresBySeries): Partial<Record<Measure, number>> {
  const present: Partial<Record<Measure, number>> = {};
  for (const [key, value] of Object.entries(scores)) if (isMeasure(key) && value !== null) present[key] = value;
  return present;
}
