import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsNotEmpty, IsString } from 'class-validator';
import { MAX_ATTRIBUTES_PER_REQUEST } from './update-attributes.dto';

/** `keys=a,b` and `keys=a&keys=b` both mean ["a", "b"]; anything else is left for validation. */
function splitKeys(value: unknown): unknown {
  const parts = Array.isArray(value) ? value : [value];
  if (!parts.every((p) => typeof p === 'string')) return value;
  return [...new Set((parts as string[]).flatMap((p) => p.split(',')))];
}

/** Amplify `deleteUserAttributes`. */
export class DeleteAttributesQueryDto {
  @ApiProperty({
    type: [String],
    description:
      'Attribute names to delete, comma-separated (`keys=website,nickname`) or repeated ' +
      '(`keys=website&keys=nickname`). All must be deletable by you, or nothing is deleted.',
    example: ['website', 'nickname'],
  })
  @Transform(({ obj }) => splitKeys((obj as Record<string, unknown>).keys))
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ATTRIBUTES_PER_REQUEST)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  keys!: string[];
}
