import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiProblemResponses } from '../common/errors/api-problem-responses.decorator';
import { AttributesService } from './attributes.service';
import { withAttributesEtag } from './attributes-etag';
import { AttributesResponseDto } from './dto/attributes-response.dto';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me/attributes')
export class MeAttributesController {
  constructor(private readonly attributes: AttributesService) {}

  /** Your readable attributes (Amplify `fetchUserAttributes`). Send the ETag back in If-None-Match to get 304. */
  @Get()
  @ApiHeader({ name: 'If-None-Match', required: false, description: 'ETag of a previous read' })
  @ApiOkResponse({
    type: AttributesResponseDto,
    description: 'Has ETag and Cache-Control: no-store',
  })
  @ApiResponse({ status: 304, description: 'Not modified since the ETag in If-None-Match' })
  @ApiProblemResponses(401, 403, 429, 502, 503, 504)
  read(
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AttributesResponseDto> {
    return withAttributesEtag(res, this.attributes.readOwn(user));
  }
}
