import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { DISMISSABLE_IDENTIFIER_KINDS, type IdentifierKind, type NotAnIdentifier } from '@cohesion/contracts';

/** A finding the writer marks as a false positive; it is recorded with the save. */
export class NotAnIdentifierDto implements NotAnIdentifier {
  @ApiProperty({ enum: DISMISSABLE_IDENTIFIER_KINDS, description: 'An email, phone number, URL or IP address cannot be marked: it is one.' })
  @IsIn(DISMISSABLE_IDENTIFIER_KINDS, {
    message: `kind must be one of ${DISMISSABLE_IDENTIFIER_KINDS.join(', ')}: an email, phone number, URL or IP address is an identifier whatever the note says`,
  })
  kind: IdentifierKind;

  @ApiProperty({ maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  text: string;
}
