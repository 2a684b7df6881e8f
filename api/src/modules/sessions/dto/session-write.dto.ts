import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  ATTENDANCE_STATUSES,
  MEASURES,
  NOTE_FIELD_MAX_LENGTH,
  RATING_SOURCES,
  RISK_LEVELS,
  SCORE_MAX,
  SCORE_MIN,
  type AttendanceStatus,
  type Measure,
  type RatingSource,
  type RiskLevel,
} from '@cohesion/domain';
import type { AttendanceEntry, MemberObservation, NoteContent, RatingEntry, SessionWriteRequest } from '@cohesion/contracts';
import { IsIsoDate } from '../../../common/iso-date.decorators';
import { NotAnIdentifierDto } from '../../deidentification/dto/not-an-identifier.dto';

const MAX_MEMBERS = 200;

export class AttendanceEntryDto implements AttendanceEntry {
  @ApiProperty({ format: 'uuid' }) @IsUUID() memberId: string;
  @ApiProperty({ enum: ATTENDANCE_STATUSES }) @IsIn(ATTENDANCE_STATUSES) status: AttendanceStatus;
}

export class RatingEntryDto implements RatingEntry {
  @ApiProperty({ format: 'uuid' }) @IsUUID() memberId: string;
  @ApiProperty({ enum: MEASURES }) @IsIn(MEASURES, { message: `measure must be one of ${MEASURES.join(', ')}` }) measure: Measure;

  @ApiProperty({ minimum: SCORE_MIN, maximum: SCORE_MAX, description: 'Whole number from 0 (not at all) to 10 (completely)' })
  @IsInt({ message: 'score must be a whole number from 0 to 10' })
  @Min(SCORE_MIN, { message: 'score must be a whole number from 0 to 10' })
  @Max(SCORE_MAX, { message: 'score must be a whole number from 0 to 10' })
  score: number;

  @ApiPropertyOptional({ enum: RATING_SOURCES, default: 'facilitator_entered' })
  @IsOptional()
  @IsIn(RATING_SOURCES)
  source?: RatingSource;
}

export class MemberObservationDto implements MemberObservation {
  @ApiProperty({ format: 'uuid' }) @IsUUID() memberId: string;
  @ApiProperty({ maxLength: NOTE_FIELD_MAX_LENGTH }) @IsString() @MinLength(1) @MaxLength(NOTE_FIELD_MAX_LENGTH) text: string;
}

export class RiskDto {
  @ApiProperty({ enum: RISK_LEVELS }) @IsIn(RISK_LEVELS) level: RiskLevel;

  @ApiProperty({ type: String, nullable: true, maxLength: NOTE_FIELD_MAX_LENGTH, description: 'Required to sign when the level is concern' })
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(NOTE_FIELD_MAX_LENGTH)
  followUp: string | null;
}

export class NoteContentDto implements NoteContent {
  @ApiProperty({ type: [String], maxItems: 20 })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(60, { each: true })
  themes: string[];

  @ApiProperty({ maxLength: NOTE_FIELD_MAX_LENGTH }) @IsString() @MaxLength(NOTE_FIELD_MAX_LENGTH) process: string;
  @ApiProperty({ maxLength: NOTE_FIELD_MAX_LENGTH }) @IsString() @MaxLength(NOTE_FIELD_MAX_LENGTH) interventions: string;
  @ApiProperty({ type: RiskDto }) @IsObject() @ValidateNested() @Type(() => RiskDto) risk: RiskDto;
  @ApiProperty({ maxLength: NOTE_FIELD_MAX_LENGTH }) @IsString() @MaxLength(NOTE_FIELD_MAX_LENGTH) plan: string;
  @ApiProperty({ maxLength: NOTE_FIELD_MAX_LENGTH }) @IsString() @MaxLength(NOTE_FIELD_MAX_LENGTH) feedbackDiscussed: string;

  @ApiPropertyOptional({ type: [MemberObservationDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_MEMBERS)
  @ValidateNested({ each: true })
  @Type(() => MemberObservationDto)
  memberObservations?: MemberObservationDto[];
}

/** A session as the facilitator records it. A draft may be incomplete; signing checks completeness. */
export class SessionWriteDto implements SessionWriteRequest {
  @ApiProperty({ format: 'date', example: '2026-11-24', description: 'Day the session was held (not in the future)' })
  @IsIsoDate({ message: 'heldOn must be a real date in the form YYYY-MM-DD' })
  heldOn: string;

  @ApiProperty({ minimum: 1, maximum: 600 })
  @IsInt({ message: 'durationMinutes must be a whole number of minutes' })
  @Min(1)
  @Max(600)
  durationMinutes: number;

  @ApiPropertyOptional({ type: [AttendanceEntryDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_MEMBERS)
  @ValidateNested({ each: true })
  @Type(() => AttendanceEntryDto)
  attendance?: AttendanceEntryDto[];

  @ApiPropertyOptional({ type: NoteContentDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => NoteContentDto)
  note?: NoteContentDto;

  @ApiPropertyOptional({ type: [RatingEntryDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_MEMBERS * MEASURES.length)
  @ValidateNested({ each: true })
  @Type(() => RatingEntryDto)
  ratings?: RatingEntryDto[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Facilitators of the group who ran the session with the one recording it' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true, message: 'coFacilitatorIds must be staff ids (UUIDs)' })
  coFacilitatorIds?: string[];

  @ApiPropertyOptional({ type: [NotAnIdentifierDto], description: 'Findings of the identifier check marked as false positives (recorded)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => NotAnIdentifierDto)
  notIdentifiers?: NotAnIdentifierDto[];
}
