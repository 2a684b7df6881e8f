import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A finding of the identifier check that a facilitator marked as "not an identifier": kept so it can be reviewed. */
@Entity('identifier_override')
export class IdentifierOverrideEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organizationId: string;

  @Column('uuid')
  userId: string;

  @Index()
  @Column('uuid')
  sessionId: string;

  @Column('text')
  field: string;

  @Column('text')
  kind: string;

  @Column('text')
  text: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
