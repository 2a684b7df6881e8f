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

  /** Exports meant to leave the organization hide cells of 1 to k − 1 members; never below 5. */
  @Column('integer', { default: 11 })
  smallCellK: number;

  /** A score at or below this in a member's latest attended session is a reason to check in. */
  @Column('double precision', { default: 4 })
  lowScoreThreshold: number;

  /** Reliability r of the measures, for reliable change. */
  @Column('double precision', { default: 0.8 })
  reliability: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
