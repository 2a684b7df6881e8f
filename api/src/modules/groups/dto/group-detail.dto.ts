import { ApiProperty } from '@nestjs/swagger';
import type { GroupDetail } from '@cohesion/contracts';
import { GroupSummaryDto } from './group-summary.dto';

export class GroupDetailDto extends GroupSummaryDto implements GroupDetail {
  @ApiProperty({ type: String, nullable: true, example: 'Tuesdays 18:00' }) schedule: string | null;
}
