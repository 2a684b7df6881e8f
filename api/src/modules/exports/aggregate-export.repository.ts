import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AggregateRow } from '@cohesion/analytics';
import type { DateRange } from '../../common/date-range';

/**
 * Aggregates of raw ratings for the external export, with the month totals, in one pass: per unit (the programs of
 * the organization, or the groups of a program) × calendar month × measure, and per month. Each with its members'
 * identifiers, so that suppression counts the members of several hidden cells once each.
 */
@Injectable()
export class AggregateExportRepository {
  findMonthlyAggregates(tx: EntityManager, organizationId: string, programId: string | null, range: DateRange): Promise<AggregateRow[]> {
    const unit = programId === null ? 'p.name' : 'g.name';
    return tx.query(
      `SELECT CASE WHEN grouping(x.unit) = 1 THEN NULL ELSE x.unit END AS unit,
              x.period,
              x.measure, count(DISTINCT x.member_id)::int AS members, array_agg(DISTINCT x.member_id::text) AS "memberIds",
              count(*)::int AS n, avg(x.score)::float8 AS mean
         FROM (SELECT ${unit} AS unit, to_char(date_trunc('month', s.held_on), 'YYYY-MM-DD') AS period, r.measure, r.member_id, r.score
                 FROM rating r
                 JOIN group_session s ON s.id = r.session_id
                 JOIN therapy_group g ON g.id = s.group_id
                 JOIN program p ON p.id = g.program_id
                WHERE g.organization_id = $1 AND ($2::uuid IS NULL OR g.program_id = $2) AND s.held_on BETWEEN $3 AND $4
                  AND s.status = 'signed') x
        GROUP BY GROUPING SETS ((x.unit, x.period, x.measure), (x.period, x.measure))`,
      [organizationId, programId, range.from, range.to],
    );
  }

  async findProgramName(tx: EntityManager, organizationId: string, programId: string): Promise<string> {
    const [row] = await tx.query(`SELECT name FROM program WHERE id = $1 AND organization_id = $2`, [programId, organizationId]);
    return row.name;
  }
}
