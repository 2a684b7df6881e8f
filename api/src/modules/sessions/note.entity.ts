import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import type { RiskLevel } from '@cohesion/domain';

/** The structured group note of a session (one per session). */
@Entity('note')
@Check('note_risk_level', `risk_level IN ('none', 'concern')`)
export class NoteEntity {
  @PrimaryColumn('uuid')
  sessionId: string;

  @Column('uuid')
  organizationId: string;

  @Column('text', { array: true, default: () => `'{}'` })
  themes: string[];

  @Column('text', { default: '' })
  process: string;

  @Column('text', { default: '' })
  interventions: string;

  @Column('text', { default: 'none' })
  riskLevel: RiskLevel;

  @Column('text', { nullable: true })
  riskFollowUp: string | null;

  @Column('text', { default: '' })
  plan: string;

  @Column('text', { default: '' })
  feedbackDiscussed: string;
}
