import { Injectable, Logger } from '@nestjs/common';
import { Readable } from 'node:stream';
import { RATINGS_CSV_COLUMNS, type TrendScope } from '@cohesion/contracts';
import { csvRow } from '@cohesion/domain';
import type { Actor } from '../../common/actor';
import { errorForLog } from '../../common/error-log';
import { UnitOfWork } from '../../database/unit-of-work';
import { resolveRange, type DateRange } from '../../common/date-range';
import { ScopeAccess, type ResolvedScope } from '../access/scope-access';
import { AuditTrail } from '../audit/audit-trail';
import { ClinicCalendar } from '../organizations/clinic-calendar';
import { downloadFilename, type Download } from '../../documents/download';
import { ExportsException } from './exports.exception';
import { RatingsExportRepository, type RatingExportRow, type SessionKey } from './ratings-export.repository';

export interface RatingsExportRequest {
  scope: TrendScope;
  id?: string;
  from?: string;
  to?: string;
}

/** About 30 ratings a session: a batch is some 15,000 rows, a few MB at most. */
export const SESSIONS_PER_BATCH = 500;

const toRecord = (row: RatingExportRow) =>
  csvRow([row.organization, row.program, row.group, row.heldOn, row.sessionId, row.memberCode, row.measure, row.score, row.source]);

/**
 * The tidy ratings CSV of a group, facilitator or program. The scope is checked first (so a refusal is a problem, not
 * a broken file); then the file is streamed a batch of sessions at a time, each batch in its own short transaction:
 * a slow download never holds a pooled connection or an open transaction, and keyset pagination on (date, id) neither
 * skips nor repeats a session. The audit row, with the number of rows, is written before the last batch is sent, so
 * no complete file leaves unaudited.
 */
@Injectable()
export class RatingsExportService {
  private readonly logger = new Logger(RatingsExportService.name);

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly scopes: ScopeAccess,
    private readonly calendar: ClinicCalendar,
    private readonly ratings: RatingsExportRepository,
    private readonly audit: AuditTrail,
  ) {}

  async ratingsCsv(actor: Actor, request: RatingsExportRequest): Promise<Download> {
    if (request.scope === 'organization') throw ExportsException.organizationRatingsRefused();
    const range = resolveRange(request, 'session', this.calendar.today(actor));
    const scope = await this.unitOfWork.run(actor, (tx) => this.scopes.resolve(tx, actor, request.scope, request.id));
    return {
      filename: downloadFilename('ratings', scope.scope, range, 'csv'),
      contentType: 'text/csv; charset=utf-8; header=present',
      body: Readable.from(this.records(actor, scope, range)),
    };
  }

  /** The file, a batch behind the database: the last batch is sent only once the export is audited. */
  private async *records(actor: Actor, scope: ResolvedScope, range: DateRange): AsyncGenerator<string> {
    let pending = csvRow(RATINGS_CSV_COLUMNS);
    let rows = 0;
    let audited = false;
    try {
      for (let batch = await this.nextBatch(actor, scope, range, null); batch; batch = await this.nextBatch(actor, scope, range, batch.last)) {
        if (pending) yield pending;
        pending = batch.rows.map(toRecord).join('');
        rows += batch.rows.length;
      }
      await this.recordExport(actor, scope, range, rows, 'success');
      audited = true;
      if (pending) yield pending;
    } finally {
      // A download that broke off (or whose audit row failed) is recorded as a failure with the rows read so far.
      if (!audited) {
        await this.recordExport(actor, scope, range, rows, 'failure').catch((error: unknown) =>
          this.logger.error({ error: errorForLog(error) }, 'could not audit a broken-off ratings export'),
        );
      }
    }
  }

  private nextBatch(actor: Actor, scope: ResolvedScope, range: DateRange, after: SessionKey | null) {
    if (scope.groupIds?.length === 0) return Promise.resolve(null);
    return this.unitOfWork.run(actor, async (tx) => {
      const sessions = await this.ratings.findSessionKeys(tx, scope, range, after, SESSIONS_PER_BATCH);
      if (!sessions.length) return null;
      const rows = await this.ratings.findRatingsOfSessions(
        tx,
        sessions.map((s) => s.id),
      );
      return { rows, last: sessions[sessions.length - 1] };
    });
  }

  private recordExport(actor: Actor, scope: ResolvedScope, range: DateRange, rows: number, outcome: 'success' | 'failure'): Promise<void> {
    return this.unitOfWork.run(actor, (tx) =>
      this.audit.record(tx, actor, {
        action: 'export.ratings_csv',
        outcome,
        entityType: scope.scope,
        entityId: scope.id ?? undefined,
        detail: { scope: scope.scope, from: range.from, to: range.to, rows },
      }),
    );
  }
}
