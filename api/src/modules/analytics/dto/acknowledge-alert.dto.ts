import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import type { AcknowledgeAlertRequest } from '@cohesion/contracts';

export class AcknowledgeAlertDto implements AcknowledgeAlertRequest {
  @ApiProperty({ minLength: 1, maxLength: 2000, example: 'Checked in after group; agreed a plan for the week.' })
  @IsString()
  @Matches(/\S/, { message: 'action must say what was done' })
  @MaxLength(2000)
  action: string;
}
