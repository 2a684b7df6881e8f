import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The tenant. Every other row carries its id. */
@Entity('organization')
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text', { default: 'UTC' })
  timeZone: string;

  /** Marks organizations made by the synthetic generator or the demo seed, never real clinics. */
  @Column('text', { default: 'real' })
  origin: 'real' | 'demo' | 'synthetic';

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
