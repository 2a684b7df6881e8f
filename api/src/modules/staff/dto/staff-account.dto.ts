import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { ROLES, type Role } from '@cohesion/domain';
import type {
  ApprovalDecision,
  ApprovalRequest,
  CreatedStaffAccount,
  CreateStaffAccountRequest,
  InvitationSent,
  PendingApproval,
  StaffAccountDetails,
  StaffReference,
  UpdateStaffAccountRequest,
} from '@cohesion/contracts';

const DISPLAY_NAME = { message: 'displayName must have 1 to 120 characters' };
/** A name is one line of visible text: no line breaks or other control characters, no hidden direction overrides. */
const ONE_LINE = /^[^\p{Cc}\p{Cf}]*$/u;
const ONE_LINE_NAME = { message: 'displayName must be one line of text, without control or formatting characters' };

export class StaffReferenceDto implements StaffReference {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() displayName: string;
}

export class PendingApprovalDto implements PendingApproval {
  @ApiProperty({ format: 'date-time', description: 'Since when the role waits for a director.' }) since: string;
  @ApiProperty({ type: StaffReferenceDto, description: 'The admin who gave the role.' }) requestedBy: StaffReferenceDto;
  @ApiProperty({ enum: ROLES, nullable: true, description: 'The role before the change; null for a new account.' }) fromRole: Role | null;
}

export class StaffAccountDto implements StaffAccountDetails {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty() disabled: boolean;
  @ApiProperty() secondFactorEnrolled: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ description: 'The person has chosen their password through their invitation.' }) passwordSet: boolean;
  @ApiProperty({ format: 'date-time', nullable: true, description: 'When the unused invitation link stops working.' }) invitationExpiresAt: string | null;
  @ApiProperty({ type: PendingApprovalDto, nullable: true, description: 'A clinical role waiting for a director’s approval.' })
  pendingApproval: PendingApprovalDto | null;
}

export class InvitationSentDto implements InvitationSent {
  @ApiProperty({ description: 'The link went by email to this address alone; only a digest of its token is kept.' }) emailedTo: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}

export class CreatedStaffAccountDto implements CreatedStaffAccount {
  @ApiProperty({ type: StaffAccountDto }) account: StaffAccountDto;
  @ApiProperty({ type: InvitationSentDto }) invitation: InvitationSentDto;
}

class ApprovalAccountDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLES }) role: Role;
}

export class ApprovalRequestDto extends PendingApprovalDto implements ApprovalRequest {
  @ApiProperty({ type: ApprovalAccountDto }) account: ApprovalAccountDto;
  @ApiProperty() passwordSet: boolean;
}

export class ApprovalDecisionDto implements ApprovalDecision {
  @ApiProperty({
    enum: ROLES,
    description: 'The role the director saw in the request and approves; 409 `approval_changed` when the request now asks for another.',
  })
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role: Role;
}

export class CreateStaffAccountDto implements CreateStaffAccountRequest {
  @ApiProperty({ example: 'ana@clinic.org' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'Ana Lima' })
  @IsString(DISPLAY_NAME)
  @Length(1, 120, DISPLAY_NAME)
  @Matches(ONE_LINE, ONE_LINE_NAME)
  displayName: string;

  @ApiProperty({ enum: ROLES, description: 'facilitator, supervisor and director wait for a director’s approval.' })
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role: Role;
}

export class UpdateStaffAccountDto implements UpdateStaffAccountRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString(DISPLAY_NAME)
  @Length(1, 120, DISPLAY_NAME)
  @Matches(ONE_LINE, ONE_LINE_NAME)
  displayName?: string;

  @ApiPropertyOptional({ enum: ROLES, description: 'A clinical role (facilitator, supervisor, director) waits for a director’s approval.' })
  @IsOptional()
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role?: Role;

  @ApiPropertyOptional({ description: 'true disables the account and ends its sessions at once; false enables it again.' })
  @IsOptional()
  @IsBoolean()
  disabled?: boolean;
}
