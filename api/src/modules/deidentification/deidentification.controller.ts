import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { DeidentificationCheckResponse } from '@cohesion/contracts';
import { Allow } from '../../common/access.decorators';
import { DeidentificationService } from './deidentification.service';
import { CheckTextDto, CheckTextResponseDto } from './dto/check-text.dto';

@ApiTags('deidentification')
@ApiCookieAuth()
@Controller('deidentification')
export class DeidentificationController {
  constructor(private readonly deidentification: DeidentificationService) {}

  @Allow('facilitator', 'supervisor', 'director')
  @Post('check')
  @HttpCode(200)
  @ApiOkResponse({ type: CheckTextResponseDto, description: 'What in the text looks like an identifier. Nothing is stored.' })
  check(@Body() body: CheckTextDto): DeidentificationCheckResponse {
    return { findings: this.deidentification.check(body.text) };
  }
}
