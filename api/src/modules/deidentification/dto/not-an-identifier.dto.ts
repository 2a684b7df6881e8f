import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { IDENTIFIER_KINDS, type IdentifierKind, type NotAnIdentifier } from '@cohesion/contracts';

/** A finding the writer marks as a false positive; it is recorded with the save. */
export class NotAnIdentifierDto implements NotAnIdentifier {
  @ApiProperty({ enum: IDENTIFIER_KINDS })
  @IsIn(IDENTIFIER_KINDS)
  kind: IdentifierKind;

  @ApiProperty({ maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  text: string;
}
