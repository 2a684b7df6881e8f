import { Injectable } from '@nestjs/common';
import type { MemberOutcomeSummary, MemberSessionScores } from '@cohesion/contracts';
import type { Actor } from '../../common/actor';
import { UnitOfWork } from '../../database/unit-of-work';
import { GroupAccess } from '../access/group-access';
import { GroupMembersRepository, type GroupMemberRatingRow } from './group-members.repository';
import { sessionScores } from './member-session-scores';

/** How many of a member's latest rated sessions the sparkline shows. */
export const SPARKLINE_SESSIONS = 8;

/** Each member of a group at a glance: attendance, latest scores and the benefit index of their last sessions. */
@Injectable()
export class GroupMembersService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly groupAccess: GroupAccess,
    private readonly members: GroupMembersRepository,
  ) {}

  summaries(actor: Actor, groupId: string, includeFormer: boolean): Promise<MemberOutcomeSummary[]> {
    return this.unitOfWork.run(actor, async (tx) => {
      await this.groupAccess.requireReadable(tx, actor, groupId);
      const members = await this.members.findMembers(tx, groupId, includeFormer);
      const sessionsByMember = ratedSessionsByMember(
        await this.members.findRatings(
          tx,
          groupId,
          members.map((m) => m.memberId),
        ),
      );
      return members.map((member) => {
        const sessions = sessionsByMember.get(member.memberId) ?? [];
        return {
          ...member,
          latest: sessions[0] ?? null,
          recentBenefitIndex: sessions
            .slice(0, SPARKLINE_SESSIONS)
            .reverse()
            .map((s) => ({ heldOn: s.heldOn, value: s.scores.benefitIndex })),
        };
      });
    });
  }
}

/** Rows grouped by member (newest session first) → each member's rated sessions, newest first. */
function ratedSessionsByMember(rows: readonly GroupMemberRatingRow[]): Map<string, MemberSessionScores[]> {
  const rowsByMember = new Map<string, GroupMemberRatingRow[]>();
  for (const row of rows) {
    const memberRows = rowsByMember.get(row.memberId);
    if (memberRows) memberRows.push(row);
    else rowsByMember.set(row.memberId, [row]);
  }
  return new Map([...rowsByMember].map(([memberId, memberRows]) => [memberId, sessionScores(memberRows)]));
}
