import { Module } from '@nestjs/common';
import { AttributePolicyModule } from '../attribute-policy';
import { AttributeSchemaController } from './attribute-schema.controller';
import { AttributeSchemaService } from './attribute-schema.service';

/** `GET /attributes/schema`: the attribute policy as forms need it. */
@Module({
  imports: [AttributePolicyModule],
  controllers: [AttributeSchemaController],
  providers: [AttributeSchemaService],
})
export class AttributeSchemaModule {}
