import { Injectable } from '@nestjs/common';
import type { AddMemberRequest, ExitMemberRequest, MemberListScope, MemberSummary } from '@cohesion/contracts';
import type { Actor } from '../../common/actor';
import { UnitOfWork } from '../../database/unit-of-work';
import { GroupAccess } from '../access/group-access';
import { ClinicCalendar } from '../organizations/clinic-calendar';
import { MemberCodes } from './member-codes';
import { toMemberSummary } from './members.mapper';
import { MembersException } from './members.exception';
import { MembersRepository } from './members.repository';

/** A collision needs two equal draws from ~10^9 codes; a few attempts make giving up practically impossible. */
const MAX_CODE_ATTEMPTS = 5;

/** Enrollment of pseudonymous members, behind the group's object-level checks. */
@Injectable()
export class MembersService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly access: GroupAccess,
    private readonly members: MembersRepository,
    private readonly codes: MemberCodes,
    private readonly calendar: ClinicCalendar,
  ) {}

  /** The group's members, current only or also those who left, by joining date then code. */
  listMembers(actor: Actor, groupId: string, scope: MemberListScope): Promise<MemberSummary[]> {
    return this.unitOfWork.run(actor, async (tx) => {
      await this.access.requireReadable(tx, actor, groupId);
      const rows = await this.members.findMembersOfGroup(tx, actor.organizationId, groupId, scope === 'all');
      return rows.map(toMemberSummary);
    });
  }

  /** Creates a pseudonymous member with a fresh random code and enrolls them (the group's facilitators only). */
  addMember(actor: Actor, groupId: string, request: AddMemberRequest): Promise<MemberSummary> {
    return this.unitOfWork.run(actor, async (tx) => {
      await this.access.requireFacilitator(tx, actor, groupId);
      const today = this.calendar.today(actor);
      const joinedOn = request.joinedOn ?? today;
      if (joinedOn > today) throw MembersException.futureDate('joinedOn', joinedOn);
      for (let attempt = 0; attempt < MAX_CODE_ATTEMPTS; attempt++) {
        const code = this.codes.next();
        const memberId = await this.members.insertMemberUnlessCodeTaken(tx, actor.organizationId, code);
        if (!memberId) continue;
        await this.members.insertEnrollment(tx, actor.organizationId, groupId, memberId, joinedOn);
        return toMemberSummary({ id: memberId, code, joinedOn, leftOn: null, exitReason: null });
      }
      throw MembersException.memberCodeUnavailable();
    });
  }

  /** Ends the member's enrollment in this group with a date and a reason (the group's facilitators only). */
  exitMember(actor: Actor, groupId: string, memberId: string, request: ExitMemberRequest): Promise<MemberSummary> {
    return this.unitOfWork.run(actor, async (tx) => {
      await this.access.requireFacilitator(tx, actor, groupId);
      const enrollment = await this.members.findEnrollmentForUpdate(tx, actor.organizationId, groupId, memberId);
      if (!enrollment) throw MembersException.memberNotFound();
      if (enrollment.leftOn !== null) throw MembersException.enrollmentAlreadyEnded();
      if (request.leftOn > this.calendar.today(actor)) throw MembersException.futureDate('leftOn', request.leftOn);
      // ISO dates of equal length order correctly as strings.
      if (request.leftOn < enrollment.joinedOn) throw MembersException.leftBeforeJoining(enrollment.joinedOn);
      await this.members.endEnrollment(tx, actor.organizationId, groupId, memberId, request.leftOn, request.exitReason);
      return toMemberSummary({ ...enrollment, leftOn: request.leftOn, exitReason: request.exitReason });
    });
  }
}
