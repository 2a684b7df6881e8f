import { ApiProperty } from '@nestjs/swagger';
import { ATTENDANCE_STATUSES, MEASURES, RATING_SOURCES, RISK_LEVELS, SESSION_STATUSES } from '@cohesion/domain';
import type { AttendanceStatus, Measure, RatingSource, RiskLevel, SessionStatus } from '@cohesion/domain';
import type { Addendum, CosignResponse, Page, ReviewQueueItem, SessionDetail, SessionSummary, SignResponse, StaffRef, ThemeUse } from '@cohesion/contracts';

export class StaffRefDto implements StaffRef {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() displayName: string;
}

export class AttendanceViewDto {
  @ApiProperty({ format: 'uuid' }) memberId: string;
  @ApiProperty({ example: 'M-7K3Q9D' }) memberCode: string;
  @ApiProperty({ enum: ATTENDANCE_STATUSES }) status: AttendanceStatus;
}

export class RatingViewDto {
  @ApiProperty({ format: 'uuid' }) memberId: string;
  @ApiProperty() memberCode: string;
  @ApiProperty({ enum: MEASURES }) measure: Measure;
  @ApiProperty({ minimum: 0, maximum: 10 }) score: number;
  @ApiProperty({ enum: RATING_SOURCES }) source: RatingSource;
}

export class ObservationViewDto {
  @ApiProperty({ format: 'uuid' }) memberId: string;
  @ApiProperty() memberCode: string;
  @ApiProperty() text: string;
}

export class RiskViewDto {
  @ApiProperty({ enum: RISK_LEVELS }) level: RiskLevel;
  @ApiProperty({ type: String, nullable: true }) followUp: string | null;
}

export class NoteViewDto {
  @ApiProperty({ type: [String] }) themes: string[];
  @ApiProperty() process: string;
  @ApiProperty() interventions: string;
  @ApiProperty({ type: RiskViewDto }) risk: RiskViewDto;
  @ApiProperty() plan: string;
  @ApiProperty() feedbackDiscussed: string;
  @ApiProperty({ type: [ObservationViewDto] }) memberObservations: ObservationViewDto[];
}

export class AddendumViewDto implements Addendum {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: StaffRefDto }) author: StaffRefDto;
  @ApiProperty() text: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class SessionDetailDto implements SessionDetail {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) groupId: string;
  @ApiProperty({ format: 'date' }) heldOn: string;
  @ApiProperty() durationMinutes: number;
  @ApiProperty({ enum: SESSION_STATUSES }) status: SessionStatus;
  @ApiProperty({ description: 'Send it back in If-Match to edit a draft' }) version: number;
  @ApiProperty({ type: StaffRefDto }) createdBy: StaffRefDto;
  @ApiProperty({ type: [StaffRefDto], description: 'Who ran the session: the one who recorded it first, then the co-facilitators' })
  facilitators: StaffRefDto[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: StaffRefDto, nullable: true }) signedBy: StaffRefDto | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) signedAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Hex SHA-256 of the signed content' }) contentHash: string | null;
  @ApiProperty({ type: StaffRefDto, nullable: true }) cosignedBy: StaffRefDto | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) cosignedAt: string | null;
  @ApiProperty({ type: [AttendanceViewDto] }) attendance: AttendanceViewDto[];
  @ApiProperty({ type: NoteViewDto }) note: NoteViewDto;
  @ApiProperty({ type: [RatingViewDto] }) ratings: RatingViewDto[];
  @ApiProperty({ type: [AddendumViewDto] }) addenda: AddendumViewDto[];
}

export class SessionSummaryDto implements SessionSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) groupId: string;
  @ApiProperty({ format: 'date' }) heldOn: string;
  @ApiProperty() durationMinutes: number;
  @ApiProperty({ enum: SESSION_STATUSES }) status: SessionStatus;
  @ApiProperty() version: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) signedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) cosignedAt: string | null;
  @ApiProperty({ description: 'Members present or late' }) presentCount: number;
  @ApiProperty({ enum: RISK_LEVELS }) riskLevel: RiskLevel;
}

export class ThemeUseDto implements ThemeUse {
  @ApiProperty({ example: 'trust' }) theme: string;
  @ApiProperty({ description: 'Notes of the group that named it' }) sessions: number;
  @ApiProperty({ format: 'date', description: 'The latest session that named it' }) lastHeldOn: string;
}

export class SessionPageDto implements Page<SessionSummary> {
  @ApiProperty({ type: [SessionSummaryDto] }) items: SessionSummaryDto[];
  @ApiProperty() total: number;
}

export class SignResponseDto implements SignResponse {
  @ApiProperty({ enum: ['signed'] }) status: 'signed';
  @ApiProperty({ format: 'date-time' }) signedAt: string;
  @ApiProperty() contentHash: string;
  @ApiProperty() version: number;
}

export class CosignResponseDto implements CosignResponse {
  @ApiProperty({ format: 'date-time' }) cosignedAt: string;
  @ApiProperty({ type: StaffRefDto }) cosignedBy: StaffRefDto;
}

export class ReviewQueueItemDto implements ReviewQueueItem {
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty({ format: 'uuid' }) groupId: string;
  @ApiProperty() groupName: string;
  @ApiProperty({ format: 'date' }) heldOn: string;
  @ApiProperty({ format: 'date-time' }) signedAt: string;
  @ApiProperty({ type: StaffRefDto }) signedBy: StaffRefDto;
  @ApiProperty({ enum: RISK_LEVELS }) riskLevel: RiskLevel;
  @ApiProperty({ description: 'Members present or late' }) presentCount: number;
}
