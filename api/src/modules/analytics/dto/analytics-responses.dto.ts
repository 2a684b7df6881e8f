import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ALERT_KINDS, TREND_BUCKETS, TREND_SCOPES } from '@cohesion/contracts';
import type {
  AttendanceWeek,
  GlanceWeek,
  GroupGlance,
  ProgramRetention,
  AlertKind,
  CheckIn,
  CheckInAcknowledgement,
  CheckInReason,
  AttendanceSummary,
  GroupClimate,
  GroupClimateWeek,
  MemberOutcomeSummary,
  MemberSessionScores,
  Page,
  RetentionPoint,
  ScoresBySeries,
  SeriesKey,
  TrajectoryPoint,
  TrendBucket,
  TrendPoint,
  TrendResponse,
  TrendScope,
} from '@cohesion/contracts';
import { MEASURES, type Measure } from '@cohesion/domain';
import { StaffRefDto } from '../../sessions/dto/session-responses.dto';

export class TrendPointDto implements TrendPoint {
  @ApiProperty({ format: 'date', description: 'Session date, ISO week Monday or first day of the month' }) period: string;
  @ApiPropertyOptional({ format: 'uuid' }) sessionId?: string;
  @ApiProperty({ description: 'Ratings in the bucket' }) n: number;
  @ApiProperty({ description: 'Distinct members who rated in the bucket' }) members: number;
  @ApiProperty({ type: Number, nullable: true }) mean: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Sample standard deviation; null when n < 2' }) sd: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Student-t 95% interval' }) ciLow: number | null;
  @ApiProperty({ type: Number, nullable: true }) ciHigh: number | null;
  @ApiProperty({ description: 'Fewer than 5 members' }) lowN: boolean;
}

export class TrendSeriesDto implements Record<SeriesKey, TrendPoint[]> {
  @ApiProperty({ type: [TrendPointDto] }) belonging: TrendPointDto[];
  @ApiProperty({ type: [TrendPointDto] }) learning: TrendPointDto[];
  @ApiProperty({ type: [TrendPointDto] }) accountability: TrendPointDto[];
  @ApiProperty({ type: [TrendPointDto] }) benefitIndex: TrendPointDto[];
}

export class TrendResponseDto implements TrendResponse {
  @ApiProperty({ enum: TREND_SCOPES }) scope: TrendScope;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) id: string | null;
  @ApiProperty({ enum: TREND_BUCKETS }) bucket: TrendBucket;
  @ApiProperty({ format: 'date', description: 'Widened to whole buckets' }) from: string;
  @ApiProperty({ format: 'date' }) to: string;
  @ApiProperty({ type: TrendSeriesDto }) series: TrendSeriesDto;
}

export class ScoresDto implements ScoresBySeries {
  @ApiProperty({ type: Number, nullable: true }) belonging: number | null;
  @ApiProperty({ type: Number, nullable: true }) learning: number | null;
  @ApiProperty({ type: Number, nullable: true }) accountability: number | null;
  @ApiProperty({ type: Number, nullable: true }) benefitIndex: number | null;
}

export class MembersBySeriesDto implements Record<SeriesKey, number> {
  @ApiProperty() belonging: number;
  @ApiProperty() learning: number;
  @ApiProperty() accountability: number;
  @ApiProperty() benefitIndex: number;
}

export class LowNBySeriesDto implements Record<SeriesKey, boolean> {
  @ApiProperty() belonging: boolean;
  @ApiProperty() learning: boolean;
  @ApiProperty() accountability: boolean;
  @ApiProperty() benefitIndex: boolean;
}

export class TrajectoryPointDto implements TrajectoryPoint {
  @ApiProperty({ description: 'The member’s own session number (1 = first session attended)' }) sessionNumber: number;
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty({ format: 'date' }) heldOn: string;
  @ApiProperty({ type: ScoresDto }) scores: ScoresDto;
  @ApiProperty({ type: ScoresDto }) groupMean: ScoresDto;
  @ApiProperty({ type: MembersBySeriesDto, description: 'Members who rated each series in the session (the benefit index: who rated anything)' })
  groupMembers: MembersBySeriesDto;
  @ApiProperty({ type: LowNBySeriesDto, description: 'Per series, fewer than 5 members behind the group mean' }) groupLowN: LowNBySeriesDto;
}

export class MemberSessionScoresDto implements MemberSessionScores {
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty({ format: 'date' }) heldOn: string;
  @ApiProperty({ type: ScoresDto }) scores: ScoresDto;
}

export class SparklinePointDto {
  @ApiProperty({ format: 'date' }) heldOn: string;
  @ApiProperty({ type: Number, nullable: true }) value: number | null;
}

export class MemberOutcomeSummaryDto implements MemberOutcomeSummary {
  @ApiProperty({ format: 'uuid' }) memberId: string;
  @ApiProperty({ example: 'M-7K3Q9D' }) code: string;
  @ApiProperty({ format: 'date' }) joinedOn: string;
  @ApiProperty({ format: 'date', type: String, nullable: true }) leftOn: string | null;
  @ApiProperty({ description: 'Sessions of the group attended (present or late)' }) sessionsAttended: number;
  @ApiProperty({ description: 'Sessions of the group the member was expected at' }) sessionsScheduled: number;
  @ApiProperty({ type: MemberSessionScoresDto, nullable: true, description: 'The latest session in which the member was rated' })
  latest: MemberSessionScoresDto | null;
  @ApiProperty({ type: [SparklinePointDto], description: 'Benefit index of the last (at most 8) rated sessions, oldest first' })
  recentBenefitIndex: SparklinePointDto[];
}

export class GroupClimateWeekDto implements GroupClimateWeek {
  @ApiProperty({ format: 'date', description: 'The ISO week’s Monday' }) week: string;
  @ApiProperty({ type: Number, nullable: true }) benefitIndex: number | null;
  @ApiProperty({ description: 'The most members who rated in one session of the week' }) members: number;
}

export class GroupClimateDto implements GroupClimate {
  @ApiProperty({ format: 'uuid' }) groupId: string;
  @ApiProperty() groupName: string;
  @ApiProperty({ format: 'uuid' }) programId: string;
  @ApiProperty() programName: string;
  @ApiProperty({ type: [GroupClimateWeekDto], description: 'Weeks with sessions, in order' }) weeks: GroupClimateWeekDto[];
}

export class GlanceWeekDto implements GlanceWeek {
  @ApiProperty({ format: 'date', description: 'The ISO week’s Monday' }) week: string;
  @ApiProperty({ type: Number, nullable: true }) benefitIndex: number | null;
  @ApiProperty({ description: 'Distinct members behind the week’s benefit index' }) members: number;
  @ApiProperty({ description: 'Fewer than 5 members: read with caution' }) lowN: boolean;
}

export class GroupGlanceDto implements GroupGlance {
  @ApiProperty({ format: 'uuid' }) groupId: string;
  @ApiProperty({ type: Number, nullable: true, description: 'Mean benefit index of the member-sessions of the last 28 days (clinic time)' })
  benefitIndex: number | null;
  @ApiProperty({ description: 'Distinct members behind that benefit index' }) members: number;
  @ApiProperty({ description: 'Fewer than 5 members: read with caution' }) lowN: boolean;
  @ApiProperty({ type: Number, nullable: true, description: 'Change from the 28 days before' }) benefitIndexChange: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Present-or-late ÷ scheduled member-sessions of the last 28 days' })
  attendanceRate: number | null;
  @ApiProperty({ description: 'Check-ins not yet acknowledged' }) openAlerts: number;
  @ApiProperty({ type: [GlanceWeekDto], description: 'Benefit index of the last 12 ISO weeks with a session, oldest first' })
  recentWeeks: GlanceWeekDto[];
}

export class CheckInAcknowledgementDto implements CheckInAcknowledgement {
  @ApiProperty({ type: StaffRefDto }) by: StaffRefDto;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty() action: string;
}

export class CheckInReasonDto implements CheckInReason {
  @ApiProperty({ enum: ALERT_KINDS, description: 'The rule: low, declining, behind_group, disengaging, or (a group’s) climate_drop' }) kind: AlertKind;
  @ApiProperty({ enum: MEASURES, nullable: true, description: 'The measure of a low or declining score; null for rules about the benefit index or attendance' })
  measure: Measure | null;
  @ApiProperty({ description: 'Why, in a sentence' }) detail: string;
}

export class CheckInDto implements CheckIn {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) groupId: string;
  @ApiProperty() groupName: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'null for a group’s climate drop' }) memberId: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'M-7K3Q9D' }) memberCode: string | null;
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty({ format: 'date' }) heldOn: string;
  @ApiProperty({ type: [CheckInReasonDto], description: 'Every reason of this member and session, rule by rule and measure by measure' })
  reasons: CheckInReasonDto[];
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) acknowledgedAt: string | null;
  @ApiProperty({ type: CheckInAcknowledgementDto, nullable: true, description: 'Who acted, how and when: it closes every reason' })
  acknowledgement: CheckInAcknowledgementDto | null;
}

export class CheckInPageDto implements Page<CheckIn> {
  @ApiProperty({ type: [CheckInDto] }) items: CheckInDto[];
  @ApiProperty() total: number;
}

export class RetentionPointDto implements RetentionPoint {
  @ApiProperty() session: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Kaplan–Meier share still attending' }) retained: number | null;
  @ApiProperty() atRisk: number;
}

export class ProgramRetentionDto implements ProgramRetention {
  @ApiProperty({ format: 'uuid' }) programId: string;
  @ApiProperty() programName: string;
  @ApiProperty({ description: 'Members who joined the program’s groups in the range' }) members: number;
  @ApiProperty({ type: [RetentionPointDto], description: 'Kaplan–Meier share still attending after the 1st to 16th session' }) curve: RetentionPointDto[];
}

export class AttendanceWeekDto implements AttendanceWeek {
  @ApiProperty({ format: 'date', description: 'The ISO week’s Monday' }) week: string;
  @ApiProperty({ description: 'Member-sessions scheduled (all four statuses)' }) scheduled: number;
  @ApiProperty({ description: 'Member-sessions attended (present or late)' }) attended: number;
  @ApiProperty({ description: 'attended ÷ scheduled' }) attendanceRate: number;
}

export class AttendanceSummaryDto implements AttendanceSummary {
  @ApiProperty({ enum: TREND_SCOPES }) scope: TrendScope;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) id: string | null;
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ format: 'date' }) to: string;
  @ApiProperty() sessions: number;
  @ApiProperty({ description: 'Scheduled member-sessions' }) scheduled: number;
  @ApiProperty() present: number;
  @ApiProperty() late: number;
  @ApiProperty() absent: number;
  @ApiProperty() excused: number;
  @ApiProperty({ type: Number, nullable: true }) attendanceRate: number | null;
  @ApiProperty({ type: [RetentionPointDto] }) retention: RetentionPointDto[];
  @ApiProperty() facilitatorHours: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Member-sessions delivered per facilitator-hour' }) reach: number | null;
  @ApiProperty({ type: [AttendanceWeekDto], description: 'Attendance by ISO week, weeks with sessions only' }) weekly: AttendanceWeekDto[];
}
