import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { SecondFactorPolicy } from '@cohesion/domain';

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

  /** Who must use a second factor (see secondFactorRequired in the domain library). */
  @Column('text', { default: 'privileged_roles' })
  secondFactorPolicy: SecondFactorPolicy;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
