import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A facilitator present at a session (credits co-facilitators; feeds reach per facilitator-hour). */
@Entity('session_facilitator')
export class SessionFacilitatorEntity {
  @PrimaryColumn('uuid')
  sessionId: string;

  @PrimaryColumn('uuid')
  userId: string;

  @Column('uuid')
  organizationId: string;
}
