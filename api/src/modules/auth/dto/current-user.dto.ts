import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '@cohesion/domain';
import {
  APPROVAL_STATES,
  SECOND_FACTOR_STATES,
  type ApprovalState,
  type CurrentUser,
  type InvitationDetails,
  type LoginResponse,
  type SecondFactorState,
  type SecurityNotice,
} from '@cohesion/contracts';

export class SecurityNoticeDto implements SecurityNotice {
  @ApiProperty({ enum: ['second_factor_guessing'], description: 'second_factor_guessing: someone with the right password entered too many wrong codes.' })
  kind: 'second_factor_guessing';
  @ApiProperty({ format: 'date-time' }) at: string;
}

export class CurrentUserDto implements CurrentUser {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty() organizationName: string;
  @ApiProperty({ example: 'America/Chicago', description: 'The organization’s IANA time zone' }) timeZone: string;
  @ApiProperty({
    enum: SECOND_FACTOR_STATES,
    description: 'Only not_required and verified open the application; pending owes a code, enrollment_required an authenticator.',
  })
  secondFactor: SecondFactorState;
  @ApiProperty() secondFactorEnrolled: boolean;
  @ApiProperty({
    enum: APPROVAL_STATES,
    description: 'pending: a director has not yet approved the clinical role an admin gave; only the account’s own settings are open.',
  })
  approval: ApprovalState;
  @ApiProperty({ type: SecurityNoticeDto, nullable: true, description: 'Shown at sign-in until dismissed (POST /api/auth/security-notice/dismissal).' })
  securityNotice: SecurityNoticeDto | null;
  @ApiProperty({ type: Boolean, nullable: true, description: 'Directors and supervisors: the Monday digest email is on; null for the roles that get none.' })
  weeklyDigest: boolean | null;
}

export class InvitationDetailsDto implements InvitationDetails {
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty() organizationName: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}

export class LoginResponseDto implements LoginResponse {
  @ApiProperty({ type: CurrentUserDto }) user: CurrentUserDto;
}
