import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { EXIT_REASONS, type ExitReason } from '@cohesion/domain';
import { MEMBER_LIST_SCOPES, type AddMemberRequest, type ExitMemberRequest, type MemberListScope } from '@cohesion/contracts';
import { IsIsoDate } from '../../../common/iso-date.decorators';

export class MemberListQueryDto {
  @ApiPropertyOptional({ enum: MEMBER_LIST_SCOPES, default: 'current', description: 'current: not left; all: also those who left' })
  @IsOptional()
  @IsIn(MEMBER_LIST_SCOPES)
  include: MemberListScope = 'current';
}

/** Deliberately nothing about the person: the server generates the code. */
export class AddMemberDto implements AddMemberRequest {
  @ApiPropertyOptional({ format: 'date', description: 'Defaults to the clinic’s today; not in the future' })
  @IsOptional()
  @IsIsoDate()
  joinedOn?: string;
}

export class ExitMemberDto implements ExitMemberRequest {
  @ApiProperty({ format: 'date', description: 'On or after the joining date; not in the future' })
  @IsIsoDate()
  leftOn: string;

  @ApiProperty({ enum: EXIT_REASONS })
  @IsIn(EXIT_REASONS)
  exitReason: ExitReason;
}
