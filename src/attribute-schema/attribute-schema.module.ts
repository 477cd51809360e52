import { Module } from '@nestjs/common';
import { AttributesModule } from '../attributes/attributes.module';
import { AttributeSchemaController } from './attribute-schema.controller';
import { AttributeSchemaService } from './attribute-schema.service';

/** `GET /attributes/schema`: the attribute policy as forms need it. */
@Module({
  imports: [AttributesModule],
  controllers: [AttributeSchemaController],
  providers: [AttributeSchemaService],
})
export class AttributeSchemaModule {}
