import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { NOTE_FIELD_MAX_LENGTH } from '@cohesion/domain';
import {
  IDENTIFIER_KINDS,
  type DeidentificationCheckRequest,
  type DeidentificationCheckResponse,
  type IdentifierFinding,
  type IdentifierKind,
} from '@cohesion/contracts';

export class CheckTextDto implements DeidentificationCheckRequest {
  @ApiProperty({ maxLength: NOTE_FIELD_MAX_LENGTH })
  @IsString()
  @MaxLength(NOTE_FIELD_MAX_LENGTH)
  text: string;
}

export class IdentifierFindingDto implements IdentifierFinding {
  @ApiProperty({ enum: IDENTIFIER_KINDS }) kind: IdentifierKind;
  @ApiProperty({ description: 'UTF-16 offset of the first character' }) start: number;
  @ApiProperty({ description: 'UTF-16 offset after the last character' }) end: number;
  @ApiProperty() text: string;
}

export class CheckTextResponseDto implements DeidentificationCheckResponse {
  @ApiProperty({ type: [IdentifierFindingDto] }) findings: IdentifierFindingDto[];
}
