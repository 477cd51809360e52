import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ERROR_CODE_LIST, ErrorCode } from './error-codes';

export class ProblemItemDto {
  /** The attribute the problem is about, when there is one. */
  attribute?: string;
  /** A stable, kebab-case reason, e.g. `invalid-email` or `attribute-not-writable`. */
  code!: string;
  /** Human-readable; never contains the submitted value. */
  message!: string;
}

/** RFC 9457 problem details, sent as `application/problem+json` for every error. */
export class ProblemDto {
  /** A URI naming the problem type. */
  type!: string;
  title!: string;
  /** The HTTP status, repeated. */
  @ApiProperty({ type: 'integer', minimum: 400, maximum: 599 })
  status!: number;
  detail?: string;
  @ApiProperty({ enum: ERROR_CODE_LIST, enumName: 'ErrorCode' })
  code!: ErrorCode;
  /** Echo of X-Request-Id; quote it when reporting a problem. */
  requestId?: string;
  @ApiPropertyOptional({ type: [ProblemItemDto] })
  errors?: ProblemItemDto[];
}
