import { AddendumEntity } from '../modules/sessions/addendum.entity';
import { AttendanceEntity } from '../modules/sessions/attendance.entity';
import { EnrollmentEntity } from '../modules/members/enrollment.entity';
import { GroupFacilitatorEntity } from '../modules/groups/group-facilitator.entity';
import { IdempotencyKeyEntity } from '../modules/sessions/idempotency-key.entity';
import { IdentifierOverrideEntity } from '../modules/deidentification/identifier-override.entity';
import { GroupSessionEntity } from '../modules/sessions/group-session.entity';
import { MeasureEntity } from '../modules/sessions/measure.entity';
import { MemberEntity } from '../modules/members/member.entity';
import { MemberObservationEntity } from '../modules/sessions/member-observation.entity';
import { NoteEntity } from '../modules/sessions/note.entity';
import { OrganizationEntity } from '../modules/organizations/organization.entity';
import { ProgramEntity } from '../modules/programs/program.entity';
import { RatingEntity } from '../modules/sessions/rating.entity';
import { SessionFacilitatorEntity } from '../modules/sessions/session-facilitator.entity';
import { StaffSessionEntity } from '../modules/auth/staff-session.entity';
import { StaffUserEntity } from '../modules/staff/staff-user.entity';
import { SupervisionEntity } from '../modules/staff/supervision.entity';
import { TherapyGroupEntity } from '../modules/groups/therapy-group.entity';

export const ENTITIES = [
  OrganizationEntity,
  StaffUserEntity,
  StaffSessionEntity,
  SupervisionEntity,
  ProgramEntity,
  TherapyGroupEntity,
  GroupFacilitatorEntity,
  MemberEntity,
  EnrollmentEntity,
  MeasureEntity,
  GroupSessionEntity,
  SessionFacilitatorEntity,
  AttendanceEntity,
  NoteEntity,
  MemberObservationEntity,
  AddendumEntity,
  RatingEntity,
  IdempotencyKeyEntity,
  IdentifierOverrideEntity,
];
