import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length, Matches, ValidateIf } from 'class-validator';
import type { ConfirmSecondFactorRequest, EnrolledSecondFactor, SecondFactorEnrollment, SecondFactorRequest } from '@cohesion/contracts';
import { CurrentUserDto } from './current-user.dto';

const SIX_DIGITS = { message: 'code must be the six digits your authenticator app shows' };

export class SecondFactorRequestDto implements SecondFactorRequest {
  @ApiPropertyOptional({ example: '123456', description: 'The six digits the authenticator app shows. Send this or recoveryCode.' })
  @ValidateIf((body: SecondFactorRequestDto) => body.recoveryCode === undefined)
  @IsString(SIX_DIGITS)
  @Matches(/^\d{6}$/, SIX_DIGITS)
  code?: string;

  @ApiPropertyOptional({ example: 'abcde-fghjk', description: 'One of the recovery codes given at enrollment; each works once.' })
  @ValidateIf((body: SecondFactorRequestDto) => body.code === undefined)
  @IsString()
  @Length(10, 32, { message: 'recoveryCode must be one of your recovery codes, like abcde-fghjk' })
  recoveryCode?: string;
}

export class ConfirmSecondFactorDto implements ConfirmSecondFactorRequest {
  @ApiProperty({ example: '123456' })
  @IsString(SIX_DIGITS)
  @Matches(/^\d{6}$/, SIX_DIGITS)
  code: string;
}

export class SecondFactorEnrollmentDto implements SecondFactorEnrollment {
  @ApiProperty({ description: 'The secret in base32, for typing into the app instead of scanning.' }) secret: string;
  @ApiProperty({ example: 'otpauth://totp/Cohesion:clinic:ana@clinic.org?secret=…&issuer=Cohesion' }) otpauthUri: string;
  @ApiProperty({ description: 'The otpauth URI as a QR code: an SVG data URL.' }) qrCodeSvg: string;
}

export class EnrolledSecondFactorDto implements EnrolledSecondFactor {
  @ApiProperty({ type: CurrentUserDto }) user: CurrentUserDto;
  @ApiProperty({ type: [String], description: 'Ten single-use recovery codes, shown this once.' }) recoveryCodes: string[];
}
