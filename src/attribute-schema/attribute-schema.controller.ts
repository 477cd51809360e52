import { Controller, Header } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ok, PublicRead } from '../common/http/routes';
import { AttributeSchemaService } from './attribute-schema.service';
import { AttributeSchemaResponseDto } from './dto/attribute-schema.dto';

@ApiTags('attributes')
@Controller('attributes')
export class AttributeSchemaController {
  constructor(private readonly schema: AttributeSchemaService) {}

  /**
   * The effective attribute schema: for each attribute a user may see, whether it is readable,
   * writable, deletable, accepted at sign-up, required and verified, its type and constraints.
   * Public, so sign-up forms can use it; it changes only when the service restarts.
   */
  @PublicRead('schema', {
    operationId: 'getAttributeSchema',
    returns: ok(
      AttributeSchemaResponseDto,
      'The effective schema, sorted by name; `Cache-Control: public, max-age=300`',
      'Cache-Control',
    ),
  })
  @Header('Cache-Control', 'public, max-age=300')
  describe(): AttributeSchemaResponseDto {
    return this.schema.describe();
  }
}
