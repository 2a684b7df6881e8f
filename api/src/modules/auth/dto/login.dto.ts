import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import type { ChangePasswordRequest, LoginRequest } from '@cohesion/contracts';
import { MAX_PASSWORD_LENGTH } from '../password-policy';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'ana@cohesion.test' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ format: 'password' })
  @IsString()
  @MinLength(1)
  @MaxLength(1024)
  password: string;
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
