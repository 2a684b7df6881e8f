import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsIsoDate } from '../../../common/iso-date.decorators';
import { PageQuery } from '../../../common/dto/page.query';

export class ListSessionsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsIsoDate({ message: 'from must be a real date in the form YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsIsoDate({ message: 'to must be a real date in the form YYYY-MM-DD' })
  to?: string;
}
