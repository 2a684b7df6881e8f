import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { ROLES, type Role } from '@cohesion/domain';
import type { CreateStaffAccountRequest, StaffAccountDetails, UpdateStaffAccountRequest } from '@cohesion/contracts';
import { MAX_PASSWORD_LENGTH } from '../../auth/password-policy';

const DISPLAY_NAME = { message: 'displayName must have 1 to 120 characters' };

export class StaffAccountDto implements StaffAccountDetails {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty() disabled: boolean;
  @ApiProperty() secondFactorEnrolled: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class CreateStaffAccountDto implements CreateStaffAccountRequest {
  @ApiProperty({ example: 'ana@clinic.org' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'Ana Lima' })
  @IsString(DISPLAY_NAME)
  @Length(1, 120, DISPLAY_NAME)
  displayName: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role: Role;

  @ApiProperty({ format: 'password', description: 'At least 12 characters and not on the list of common breached passwords.' })
  @IsString()
  @MaxLength(MAX_PASSWORD_LENGTH)
  password: string;
}

export class UpdateStaffAccountDto implements UpdateStaffAccountRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString(DISPLAY_NAME)
  @Length(1, 120, DISPLAY_NAME)
  displayName?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role?: Role;

  @ApiPropertyOptional({ description: 'true disables the account and ends its sessions at once; false enables it again.' })
  @IsOptional()
  @IsBoolean()
  disabled?: boolean;
}
