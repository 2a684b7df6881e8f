import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Length } from 'class-validator';
import { LABEL_MAX_LENGTH, type CreateProgramRequest } from '@cohesion/contracts';

export class CreateProgramDto implements CreateProgramRequest {
  @ApiProperty({ minLength: 1, maxLength: LABEL_MAX_LENGTH, example: 'Grief support', description: 'Trimmed before it is checked' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, LABEL_MAX_LENGTH)
  name: string;
}
