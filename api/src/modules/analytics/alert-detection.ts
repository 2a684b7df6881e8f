import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  DEFAULT_ALERT_SETTINGS,
  groupAlerts,
  memberAlerts,
  summarize,
  type AlertSettings,
  type GroupSessionClimate,
  type MemberSession,
} from '@cohesion/analytics';
import type { AlertKind } from '@cohesion/contracts';
import { isMeasure, type Measure } from '@cohesion/domain';
import { alertId } from './alert-identity';
import type { AlertToRecord } from './alerts.repository';
import { MemberOutcomesRepository, type MemberSessionRow, type SessionClimateRow } from './member-outcomes.repository';
import { ROLLUP_UNIT, SERIES_OF_STORED_MEASURE } from './trend-series';

export interface DetectedAlert extends AlertToRecord {
  kind: AlertKind;
  measure: Measure | null;
  memberCode: string | null;
  heldOn: string;
}

/** Runs the alert rules of `@cohesion/analytics` over the groups' current members and sessions. */
@Injectable()
export class AlertDetection {
  constructor(private readonly members: MemberOutcomesRepository) {}

  /** `groupsOnly`: the group-level rules alone (climate drops), without reading every member's history. */
  async detect(tx: EntityManager, organizationId: string, groupIds: string[], { groupsOnly = false } = {}): Promise<DetectedAlert[]> {
    if (!groupIds.length) return [];
    const settings = await this.settings(tx, organizationId);
    const climateRows = await this.members.findGroupClimate(tx, groupIds);
    const enrolled = groupsOnly ? [] : await this.members.findCurrentMembers(tx, groupIds);
    const historyRows = groupsOnly ? [] : await this.members.findCurrentMemberHistories(tx, groupIds);
    const climates = climateByGroup(climateRows);
    const heldOn = new Map(climateRows.map((row) => [row.sessionId, row.heldOn]));
    const histories = historyByMember(historyRows);
    const alerts: DetectedAlert[] = [];
    const add = (groupId: string, member: { memberId: string; memberCode: string } | null, finding: ReturnType<typeof groupAlerts>[number]) => {
      const key = { kind: finding.kind, groupId, memberId: member?.memberId ?? null, measure: finding.measure, sessionId: finding.sessionId };
      alerts.push({ ...key, id: alertId(key), detail: finding.detail, memberCode: member?.memberCode ?? null, heldOn: heldOn.get(finding.sessionId) ?? '' });
    };
    for (const groupId of groupIds) {
      for (const finding of groupAlerts(climates.get(groupId) ?? [], settings)) add(groupId, null, finding);
    }
    for (const member of enrolled) {
      const history = histories.get(`${member.groupId}/${member.memberId}`) ?? [];
      for (const finding of memberAlerts(history, climates.get(member.groupId) ?? [], settings)) add(member.groupId, member, finding);
    }
    return alerts;
  }

  /** The organization's reliable-change norms; thresholds and reliability are the product defaults. */
  private async settings(tx: EntityManager, organizationId: string): Promise<AlertSettings> {
    const s1: AlertSettings['s1'] = {};
    for (const { measure, n, total, totalSq } of await this.members.findFirstSessionNorms(tx, organizationId)) {
      const key = SERIES_OF_STORED_MEASURE[measure];
      const { sd } = summarize({ n, sum: total, sumOfSquares: totalSq }, ROLLUP_UNIT);
      if (key && sd !== null) s1[key] = sd;
    }
    return { ...DEFAULT_ALERT_SETTINGS, s1 };
  }
}

function climateByGroup(rows: readonly SessionClimateRow[]): Map<string, GroupSessionClimate[]> {
  const byGroup = new Map<string, GroupSessionClimate[]>();
  for (const row of rows) {
    const summary = summarize({ n: row.n ?? 0, sum: row.total ?? 0, sumOfSquares: row.totalSq ?? 0 }, ROLLUP_UNIT);
    const list = byGroup.get(row.groupId) ?? [];
    list.push({ sessionId: row.sessionId, heldOn: row.heldOn, benefitIndex: { n: summary.n, mean: summary.mean, sd: summary.sd } });
    byGroup.set(row.groupId, list);
  }
  return byGroup;
}

function historyByMember(rows: readonly MemberSessionRow[]): Map<string, MemberSession[]> {
  const byMember = new Map<string, MemberSession[]>();
  for (const row of rows) {
    const key = `${row.groupId}/${row.memberId}`;
    const history = byMember.get(key) ?? [];
    let session = history.at(-1);
    if (session?.sessionId !== row.sessionId) {
      session = { sessionId: row.sessionId, heldOn: row.heldOn, attendance: row.attendance, scores: {} };
      history.push(session);
    }
    if (row.measure !== null && row.score !== null && isMeasure(row.measure)) session.scores[row.measure] = row.score;
    byMember.set(key, history);
  }
  return byMember;
}
