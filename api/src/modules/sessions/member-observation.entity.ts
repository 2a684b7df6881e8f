import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An optional note about one member's part in a session, by member code only. */
@Entity('member_observation')
export class MemberObservationEntity {
  @PrimaryColumn('uuid')
  sessionId: string;

  @PrimaryColumn('uuid')
  memberId: string;

  @Column('uuid')
  organizationId: string;

  @Column('text')
  text: string;
}
