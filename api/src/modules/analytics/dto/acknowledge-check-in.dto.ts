import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import type { AcknowledgeCheckInRequest } from '@cohesion/contracts';

export class AcknowledgeCheckInDto implements AcknowledgeCheckInRequest {
  @ApiProperty({ minLength: 1, maxLength: 2000, example: 'Checked in after group; agreed a plan for the week.' })
  @IsString()
  @Matches(/\S/, { message: 'action must say what was done' })
  @MaxLength(2000)
  action: string;
}
