import { Injectable } from '@nestjs/common';
import { Readable } from 'node:stream';
import { suppressAggregates, type HiddenElsewhere } from '@cohesion/analytics';
import { AGGREGATES_CSV_COLUMNS, type AggregateExportScope } from '@cohesion/contracts';
import { addDays, csvRow, MEASURES, startOfMonth } from '@cohesion/domain';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor';
import { UnitOfWork } from '../../database/unit-of-work';
import { resolveRange, type DateRange } from '../../common/date-range';
import { ScopeAccess } from '../access/scope-access';
import { AuditTrail } from '../audit/audit-trail';
import { ClinicCalendar } from '../organizations/clinic-calendar';
import { AggregateExportRepository } from './aggregate-export.repository';
import { shownValue, type AggregateReport } from './aggregate-report';
import { renderAggregateReport } from './aggregate-report-pdf';
import { downloadFilename, type Download } from '../../documents/download';
import { SmallCellThreshold } from './small-cell-threshold';
import { ExportsException } from './exports.exception';

export interface AggregateExportRequest {
  scope: AggregateExportScope;
  id?: string;
  from?: string;
  to?: string;
  k?: number;
}

/**
 * The external aggregate export (docs/analytics.md): program or organization scope, by calendar month, members, n and
 * mean per measure, with small-cell and complementary suppression at k, measure by measure. No free text and no member
 * codes ever reach it; member identifiers leave the repository only to count the members of hidden cells together.
 */
@Injectable()
export class AggregateExportService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly scopes: ScopeAccess,
    private readonly calendar: ClinicCalendar,
    private readonly aggregates: AggregateExportRepository,
    private readonly audit: AuditTrail,
    private readonly threshold: SmallCellThreshold,
  ) {}

  async aggregatesCsv(actor: Actor, request: AggregateExportRequest): Promise<Download> {
    const report = await this.report(actor, request, 'csv');
    const unitLabel = report.scope === 'organization' ? 'all programs' : 'all groups';
    const records = report.aggregates.map((a) =>
      csvRow([
        report.scope,
        a.unit ?? unitLabel,
        a.period,
        a.measure,
        shownValue(a.members, a),
        shownValue(a.n, a),
        shownValue(a.mean === null ? null : Number(a.mean.toFixed(2)), a),
        a.suppression,
        report.rule,
      ]),
    );
    return {
      filename: downloadFilename('aggregates', report.scope, report.range, 'csv'),
      contentType: 'text/csv; charset=utf-8; header=present',
      body: Readable.from([csvRow(AGGREGATES_CSV_COLUMNS), ...records]),
    };
  }

  async aggregatesPdf(actor: Actor, request: AggregateExportRequest): Promise<Download> {
    const report = await this.report(actor, request, 'pdf');
    return { filename: downloadFilename('aggregates', report.scope, report.range, 'pdf'), contentType: 'application/pdf', body: renderAggregateReport(report) };
  }

  private async report(actor: Actor, request: AggregateExportRequest, format: 'csv' | 'pdf'): Promise<AggregateReport> {
    const today = this.calendar.today(actor);
    const range = completeMonths(resolveRange(request, 'month', today), today);
    return this.unitOfWork.run(actor, async (tx) => {
      const k = await this.threshold.k(tx, actor, request.k);
      const scope = await this.scopes.resolve(tx, actor, request.scope, request.id);
      const rows = await this.aggregates.findMonthlyAggregates(tx, actor.organizationId, scope.programId, range);
      const { aggregates, rule } = suppressAggregates(rows, MEASURES, k, await this.hiddenInOrganizationExport(tx, actor, scope.programId, range, k));
      await this.audit.record(tx, actor, {
        action: 'export.aggregates',
        entityType: request.scope,
        entityId: request.id,
        detail: { scope: request.scope, from: range.from, to: range.to, k, format, rows: aggregates.length },
      });
      return { scope: request.scope, range, k, aggregates, rule };
    });
  }

  /**
   * A program's month totals are the same values as that program's cells in the organization's export: whatever that
   * export hides, the program's hides too, or one export minus the other would give a hidden cell away.
   */
  private async hiddenInOrganizationExport(tx: EntityManager, actor: Actor, programId: string | null, range: DateRange, k: number): Promise<HiddenElsewhere> {
    if (programId === null) return () => false;
    const program = await this.aggregates.findProgramName(tx, actor.organizationId, programId);
    const { aggregates } = suppressAggregates(await this.aggregates.findMonthlyAggregates(tx, actor.organizationId, null, range), MEASURES, k);
    const hidden = new Set(aggregates.filter((a) => a.unit === program && a.suppression === 'suppressed').map((a) => `${a.period}|${a.measure}`));
    return (period, measure) => hidden.has(`${period}|${measure}`);
  }
}

/**
 * Aggregates leave the organization for months that are over, and count signed sessions only: a month still open, or
 * a draft, changes between two downloads, and the difference between them is one member's ratings.
 */
function completeMonths(range: DateRange, today: string): DateRange {
  const lastComplete = addDays(startOfMonth(today), -1);
  if (range.from > lastComplete) throw ExportsException.monthNotOver(startOfMonth(today));
  return { from: range.from, to: range.to < lastComplete ? range.to : lastComplete };
}
