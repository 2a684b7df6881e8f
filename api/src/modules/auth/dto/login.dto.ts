import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import type {
  AcceptInvitationRequest,
  AccountLinkRequest,
  ChangePasswordRequest,
  LoginRequest,
  PasswordResetConfirmation,
  PasswordResetRequest,
  WeeklyDigestPreference,
} from '@cohesion/contracts';
import { Trimmed } from '../../../common/dto/trimmed.decorator';
import { MAX_PASSWORD_LENGTH } from '../password-policy';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'ana@cohesion.test', description: 'Spaces around it are ignored.' })
  @Trimmed()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ format: 'password' })
  @IsString()
  @MinLength(1)
  @MaxLength(1024)
  password: string;
}

const LINK_TOKEN = { message: 'token must be the token of a link (43 URL-safe characters)' };

export class AccountLinkDto implements AccountLinkRequest {
  @ApiProperty({ description: 'The token that follows #token= in the link.' })
  @IsString(LINK_TOKEN)
  @Matches(/^[A-Za-z0-9_-]{43}$/, LINK_TOKEN)
  token: string;
}

export class AcceptInvitationDto extends AccountLinkDto implements AcceptInvitationRequest {
  @ApiProperty({ format: 'password', description: 'At least 12 characters and not on the list of common breached passwords.' })
  @IsString()
  @MaxLength(MAX_PASSWORD_LENGTH)
  password: string;
}

export class PasswordResetConfirmationDto extends AcceptInvitationDto implements PasswordResetConfirmation {}

export class PasswordResetRequestDto implements PasswordResetRequest {
  @ApiProperty({ example: 'ana@cohesion.test', description: 'Spaces around it are ignored.' })
  @Trimmed()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;
}

export class WeeklyDigestPreferenceDto implements WeeklyDigestPreference {
  @ApiProperty()
  @IsBoolean()
  enabled: boolean;
}

export class ChangePasswordDto implements ChangePasswordRequest {
  @ApiProperty({ format: 'password' })
  @IsString()
  @MinLength(1)
  @MaxLength(1024)
  currentPassword: string;

  @ApiProperty({ format: 'password', description: 'At least 12 characters and not on the list of common breached passwords.' })
  @IsString()
  @MaxLength(MAX_PASSWORD_LENGTH)
  newPassword: string;
}
