import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsEmail, IsOptional, IsString, IsUrl, Matches, MaxLength, MinLength } from 'class-validator';
import type {
  SingleSignOnCallbackRequest,
  SingleSignOnDecision,
  SingleSignOnIdentity,
  SingleSignOnProvider,
  SingleSignOnSettings,
  SingleSignOnStart,
  SingleSignOnStartRequest,
  SingleSignOnState,
  UpdateSingleSignOnRequest,
} from '@cohesion/contracts';
import { Trimmed } from '../../../common/dto/trimmed.decorator';

const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export class SingleSignOnProviderDto implements SingleSignOnProvider {
  @ApiProperty({ example: 'https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0' })
  issuer: string;

  @ApiProperty()
  clientId: string;

  @ApiProperty({ type: [String], example: ['clinic.example'] })
  allowedDomains: string[];

  @ApiProperty({ description: 'Whether people other than admins may still sign in with a password (admins always may, to mend a broken provider).' })
  passwordSignIn: boolean;

  @ApiProperty({ description: 'Whether a provider sign-in that asserted multi-factor authentication (amr holds mfa) skips Cohesion’s own second factor.' })
  trustProviderMfa: boolean;
}

export class SingleSignOnIdentityDto implements SingleSignOnIdentity {
  @ApiProperty()
  issuer: string;

  @ApiProperty()
  clientId: string;

  @ApiProperty({ type: [String] })
  allowedDomains: string[];

  @ApiProperty()
  trustProviderMfa: boolean;
}

export class SingleSignOnStateDto extends SingleSignOnProviderDto implements SingleSignOnState {
  @ApiProperty({ enum: ['active', 'awaiting_approval'], description: 'awaiting_approval: it signs nobody in until a clinical director approves it.' })
  status: 'active' | 'awaiting_approval';

  @ApiProperty({ description: 'The admin who last changed who it signs in.' })
  proposedBy: string;

  @ApiProperty({ description: 'Their email, which they cannot change as they can their name.' })
  proposedByEmail: string;

  @ApiProperty({ type: SingleSignOnIdentityDto, nullable: true, description: 'What a director approved last, while a change of it waits.' })
  previouslyApproved: SingleSignOnIdentityDto | null;

  @ApiProperty({ format: 'date-time', description: 'When; an approval names this time.' })
  proposedAt: string;

  @ApiProperty({ type: String, nullable: true })
  approvedBy: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  approvedAt: string | null;
}

export class SingleSignOnDecisionDto implements SingleSignOnDecision {
  @ApiProperty({ format: 'date-time', description: 'The proposedAt of the provider the director read.' })
  @IsString({ message: 'proposedAt must be the proposedAt of the provider you read' })
  @MaxLength(40)
  proposedAt: string;
}

export class SingleSignOnSettingsDto implements SingleSignOnSettings {
  @ApiProperty({ example: 'https://cohesion.clinic.example/sign-in/sso', description: 'Register this redirect URI with the provider.' })
  redirectUri: string;

  @ApiProperty({ type: SingleSignOnStateDto, nullable: true, description: 'Null until an admin sets a provider up.' })
  provider: SingleSignOnStateDto | null;
}

export class UpdateSingleSignOnDto implements UpdateSingleSignOnRequest {
  @ApiProperty({ description: 'The provider’s issuer identifier: an https URL (http only on this machine’s loopback address).' })
  @Trimmed()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true, require_tld: false }, { message: 'issuer must be the provider’s https URL' })
  @MaxLength(500)
  issuer: string;

  @ApiProperty()
  @Trimmed()
  @IsString()
  @MinLength(1, { message: 'clientId must not be empty' })
  @MaxLength(255)
  @Matches(/^[^\s\p{Cc}\p{Cf}]+$/u, { message: 'clientId must be one word of visible characters' })
  clientId: string;

  @ApiPropertyOptional({
    format: 'password',
    description: 'Required the first time; left out, the stored secret stays. Stored encrypted and never shown again.',
  })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'clientSecret must not be empty' })
  @MaxLength(1000)
  clientSecret?: string;

  @ApiProperty({
    type: [String],
    example: ['clinic.example'],
    description: 'Email domains (lower case) whose people sign in through this provider; each belongs to one organization.',
  })
  @IsArray()
  @ArrayMinSize(1, { message: 'allowedDomains must name at least one email domain' })
  @ArrayMaxSize(20)
  @Matches(DOMAIN, { each: true, message: 'allowedDomains must hold email domains such as clinic.example, in lower case' })
  allowedDomains: string[];

  @ApiProperty()
  @IsBoolean()
  passwordSignIn: boolean;

  @ApiProperty()
  @IsBoolean()
  trustProviderMfa: boolean;
}

export class SingleSignOnStartDto implements SingleSignOnStartRequest {
  @ApiProperty({ example: 'ana@clinic.example' })
  @Trimmed()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;
}

export class SingleSignOnStartedDto implements SingleSignOnStart {
  @ApiProperty({ description: 'Send the browser here: the provider’s sign-in page.' })
  authorizationUrl: string;
}

export class SingleSignOnCallbackDto implements SingleSignOnCallbackRequest {
  @ApiProperty({ example: 'code=…&state=…&iss=…', description: 'The query string the provider sent the browser back to /sign-in/sso with, without its “?”.' })
  @IsString({ message: 'callbackQuery must be the query string the provider sent back' })
  @MaxLength(8192, { message: 'callbackQuery must be at most 8192 characters' })
  callbackQuery: string;
}
