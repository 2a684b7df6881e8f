import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A supervisor reviews the groups of the facilitators they supervise. */
@Entity('supervision')
export class SupervisionEntity {
  @PrimaryColumn('uuid')
  supervisorId: string;

  @Index()
  @PrimaryColumn('uuid')
  facilitatorId: string;

  @Column('uuid')
  organizationId: string;
}
