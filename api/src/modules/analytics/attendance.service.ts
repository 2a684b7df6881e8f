import { groupBy } from '@cohesion/domain';
import { Injectable } from '@nestjs/common';
import { attendanceRate, reach, retentionAt } from '@cohesion/analytics';
import type { AttendanceSummary, ProgramRetention, TrendScope } from '@cohesion/contracts';
import type { Actor } from '../../common/actor';
import { UnitOfWork } from '../../database/unit-of-work';
import { ClinicCalendar } from '../organizations/clinic-calendar';
import type { EntityManager } from 'typeorm';
import { resolveRange, type DateRange } from '../../common/date-range';
import { ScopeAccess, type ResolvedScope } from '../access/scope-access';
import { AttendanceRepository, type EnrollmentCourseRow } from './attendance.repository';

export interface AttendanceRequest {
  scope: TrendScope;
  id?: string;
  from?: string;
  to?: string;
}

/** Retention is reported after a member's 4th, 8th and 12th session attended (DESIGN §3). */
export const RETENTION_SESSIONS = [4, 8, 12];
/** The retention curves of the overview follow members through their first 16 sessions attended. */
const CURVE_SESSIONS = Array.from({ length: 16 }, (_, i) => i + 1);

const survivalSubjects = (courses: readonly EnrollmentCourseRow[]) => courses.map((c) => ({ time: c.sessions, event: c.droppedOut }));

/** Attendance rate, Kaplan–Meier retention and reach of a scope over a date range. */
@Injectable()
export class AttendanceService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly scopes: ScopeAccess,
    private readonly calendar: ClinicCalendar,
    private readonly attendance: AttendanceRepository,
  ) {}

  summary(actor: Actor, request: AttendanceRequest): Promise<AttendanceSummary> {
    const range = resolveRange(request, 'session', this.calendar.today(actor));
    return this.unitOfWork.run(actor, async (tx) => {
      const scope = await this.scopes.resolve(tx, actor, request.scope, request.id);
      return this.summaryIn(tx, scope, range);
    });
  }

  /** The summary of a scope already resolved for the caller, inside the caller's transaction. */
  async summaryIn(tx: EntityManager, scope: ResolvedScope, range: DateRange): Promise<AttendanceSummary> {
    const counts = await this.attendance.findCounts(tx, scope, range);
    const courses = await this.attendance.findEnrollmentCourses(tx, scope, range);
    const weeks = await this.attendance.findWeeks(tx, scope, range);
    const { facilitatorMinutes, ...statuses } = counts;
    return {
      scope: scope.scope,
      id: scope.id,
      ...range,
      ...statuses,
      scheduled: counts.present + counts.late + counts.absent + counts.excused,
      attendanceRate: attendanceRate(counts),
      retention: retentionAt(survivalSubjects(courses), RETENTION_SESSIONS),
      facilitatorHours: facilitatorMinutes / 60,
      reach: reach({ memberSessionsDelivered: counts.present + counts.late, facilitatorMinutes }),
      weekly: weeks.map((week) => ({ ...week, attendanceRate: week.attended / week.scheduled })),
    };
  }

  /** Each program's Kaplan–Meier retention curve over the members who joined its groups in the range (directors). */
  programCurves(actor: Actor, request: { from?: string; to?: string }): Promise<ProgramRetention[]> {
    const range = resolveRange(request, 'session', this.calendar.today(actor));
    return this.unitOfWork.run(actor, async (tx) => {
      const scope = await this.scopes.resolve(tx, actor, 'organization', undefined);
      const byProgram = groupBy(await this.attendance.findEnrollmentCourses(tx, scope, range), (course) => course.programId);
      return [...byProgram.values()]
        .map((courses) => ({
          programId: courses[0].programId,
          programName: courses[0].programName,
          members: courses.length,
          curve: retentionAt(survivalSubjects(courses), CURVE_SESSIONS),
        }))
        .sort((a, b) => a.programName.localeCompare(b.programName));
    });
  }
}
