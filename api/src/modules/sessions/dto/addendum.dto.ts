import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { NOTE_FIELD_MAX_LENGTH } from '@cohesion/domain';
import type { AddendumRequest } from '@cohesion/contracts';
import { NotAnIdentifierDto } from '../../deidentification/dto/not-an-identifier.dto';

export class AddendumDto implements AddendumRequest {
  @ApiProperty({ minLength: 1, maxLength: NOTE_FIELD_MAX_LENGTH })
  @IsString()
  @MinLength(1, { message: 'text must not be empty' })
  @MaxLength(NOTE_FIELD_MAX_LENGTH)
  text: string;

  @ApiPropertyOptional({ type: [NotAnIdentifierDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => NotAnIdentifierDto)
  notIdentifiers?: NotAnIdentifierDto[];
}
