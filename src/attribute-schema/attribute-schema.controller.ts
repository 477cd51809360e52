import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/public.decorator';
import { ApiProblemResponses } from '../common/errors/api-problem-responses.decorator';
import { ROUTE_PROBLEMS as P } from '../common/errors/route-problems';
import { responseHeaders } from '../openapi/openapi-headers';
import { AttributeSchemaService } from './attribute-schema.service';
import { AttributeSchemaResponseDto } from './dto/attribute-schema.dto';

@ApiTags('attributes')
@Public()
@Controller('attributes')
export class AttributeSchemaController {
  constructor(private readonly schema: AttributeSchemaService) {}

  /**
   * The effective attribute schema: for each attribute a user may see, whether it is readable,
   * writable, deletable, accepted at sign-up, required and verified, its type and constraints.
   * Public, so sign-up forms can use it; it changes only when the service restarts.
   */
  @Get('schema')
  @Header('Cache-Control', 'public, max-age=300')
  @ApiOkResponse({
    type: AttributeSchemaResponseDto,
    description: 'The effective schema, sorted by name; `Cache-Control: public, max-age=300`',
    headers: responseHeaders('Cache-Control'),
  })
  @ApiProblemResponses(...P.any)
  describe(): AttributeSchemaResponseDto {
    return this.schema.describe();
  }
}
