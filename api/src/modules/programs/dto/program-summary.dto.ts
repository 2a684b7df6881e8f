import { ApiProperty } from '@nestjs/swagger';
import type { ProgramSummary } from '@cohesion/contracts';

export class ProgramSummaryDto implements ProgramSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Groups the program runs' }) groupCount: number;
}
