import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  checkInsOf,
  DEFAULT_ALERT_SETTINGS,
  groupAlerts,
  memberAlerts,
  summarize,
  type AlertSettings,
  type CheckInReason,
  type GroupSessionClimate,
  type MemberSession,
} from '@cohesion/analytics';
import { isMeasure, MEASURES, type Measure } from '@cohesion/domain';
import { OrganizationSettingsReader } from '../organizations/organization-settings-reader';
import { checkInId } from './check-in-identity';
import type { CheckInToRecord } from './check-ins.repository';
import { MemberOutcomesRepository, type MemberSessionRow, type SessionClimateRow } from './member-outcomes.repository';
import { ROLLUP_UNIT, SERIES_OF_STORED_MEASURE } from './trend-series';

export interface DetectedCheckIn extends CheckInToRecord {
  memberCode: string | null;
  heldOn: string;
}

/** Runs the check-in rules of `@cohesion/analytics` over the groups' current members and sessions, with the organization's settings. */
@Injectable()
export class CheckInDetection {
  constructor(
    private readonly members: MemberOutcomesRepository,
    private readonly settings: OrganizationSettingsReader,
  ) {}

  /** `groupsOnly`: the group-level rule alone (climate drops), without reading every member's history. */
  async detect(tx: EntityManager, organizationId: string, groupIds: string[], { groupsOnly = false } = {}): Promise<DetectedCheckIn[]> {
    if (!groupIds.length) return [];
    const settings = groupsOnly ? DEFAULT_ALERT_SETTINGS : await this.alertSettings(tx, organizationId);
    const climateRows = await this.members.findGroupClimate(tx, groupIds);
    const enrolled = groupsOnly ? [] : await this.members.findCurrentMembers(tx, groupIds);
    const historyRows = groupsOnly ? [] : await this.members.findCurrentMemberHistories(tx, groupIds);
    const climates = climateByGroup(climateRows);
    const heldOn = new Map(climateRows.map((row) => [row.sessionId, row.heldOn]));
    const histories = historyByMember(historyRows);
    const checkIns: DetectedCheckIn[] = [];
    const add = (groupId: string, member: { memberId: string; memberCode: string } | null, found: { sessionId: string; reasons: CheckInReason[] }) => {
      const key = { groupId, memberId: member?.memberId ?? null, sessionId: found.sessionId };
      checkIns.push({ ...key, id: checkInId(key), reasons: found.reasons, memberCode: member?.memberCode ?? null, heldOn: heldOn.get(found.sessionId) ?? '' });
    };
    for (const groupId of groupIds) {
      for (const found of checkInsOf(groupAlerts(climates.get(groupId) ?? []))) add(groupId, null, found);
    }
    for (const member of enrolled) {
      const history = histories.get(`${member.groupId}/${member.memberId}`) ?? [];
      for (const found of checkInsOf(memberAlerts(history, climates.get(member.groupId) ?? [], settings))) add(member.groupId, member, found);
    }
    return checkIns;
  }

  /** The organization's low-score threshold and reliability, and its reliable-change norms s1. */
  private async alertSettings(tx: EntityManager, organizationId: string): Promise<AlertSettings> {
    const { lowScoreThreshold, reliability } = await this.settings.checkInRules(tx, organizationId);
    const s1: AlertSettings['s1'] = {};
    for (const { measure, n, total, totalSq } of await this.members.findFirstSessionNorms(tx, organizationId)) {
      const key = SERIES_OF_STORED_MEASURE[measure];
      const { sd } = summarize({ n, sum: total, sumOfSquares: totalSq }, ROLLUP_UNIT);
      if (key && sd !== null) s1[key] = sd;
    }
    const lowThreshold = Object.fromEntries(MEASURES.map((measure) => [measure, lowScoreThreshold])) as Record<Measure, number>;
    return { lowThreshold, reliability, s1 };
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
