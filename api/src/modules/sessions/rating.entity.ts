import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { RatingSource } from '@cohesion/domain';

/** One member's score of one session on one measure (long format: measures are rows, not columns). */
@Entity('rating')
@Check('rating_score', `score BETWEEN 0 AND 10`)
@Check('rating_source', `source IN ('self_report', 'facilitator_entered')`)
export class RatingEntity {
  @PrimaryColumn('uuid')
  sessionId: string;

  @Index()
  @PrimaryColumn('uuid')
  memberId: string;

  @PrimaryColumn('text')
  measure: string;

  @Column('uuid')
  organizationId: string;

  @Column('smallint')
  score: number;

  @Column('text', { default: 'facilitator_entered' })
  source: RatingSource;
}
