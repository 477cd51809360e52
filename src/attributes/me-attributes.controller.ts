import { Controller, Get, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiProblemResponses } from '../common/errors/api-problem-responses.decorator';
import { AttributesService } from './attributes.service';
import { AttributesEtagInterceptor } from './attributes-etag.interceptor';
import { AttributesResponseDto } from './dto/attributes-response.dto';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me/attributes')
export class MeAttributesController {
  constructor(private readonly attributes: AttributesService) {}

  /** Your readable attributes (Amplify `fetchUserAttributes`). Send the ETag back in If-None-Match to get 304. */
  @Get()
  @UseInterceptors(AttributesEtagInterceptor)
  @ApiHeader({ name: 'If-None-Match', required: false, description: 'ETag of a previous read' })
  @ApiOkResponse({
    type: AttributesResponseDto,
    description: 'Has ETag and Cache-Control: no-store',
  })
  @ApiResponse({ status: 304, description: 'Not modified since the ETag in If-None-Match' })
  @ApiProblemResponses(401, 403, 429, 502, 503, 504)
  read(@CurrentUser() user: AuthenticatedUser): Promise<AttributesResponseDto> {
    return this.attributes.readOwn(user);
  }
}
