import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Res,
  UseInterceptors,
} from '@nestjs/common';
import type { Response } from 'express';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiExtraModels,
  ApiHeader,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiParam,
  ApiResponse,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { RequestId } from '../common/request-id.decorator';
import { ApiProblemResponses } from '../common/errors/api-problem-responses.decorator';
import { ProblemDto } from '../common/errors/problem.dto';
import { AttributeVerificationService } from './attribute-verification.service';
import { AttributesService } from './attributes.service';
import { withAttributesEtag } from './attributes-etag';
import { AttributesResponseDto, PendingChangeDto } from './dto/attributes-response.dto';
import { DeleteAttributesQueryDto } from './dto/delete-attributes-query.dto';
import {
  SendVerificationCodeDto,
  VerificationCodeResponseDto,
} from './dto/send-verification-code.dto';
import { UpdateAttributesDto } from './dto/update-attributes.dto';
import {
  UpdateAttributeResultDto,
  UpdateAttributesResponseDto,
} from './dto/update-attributes-response.dto';
import { VerifyAttributeDto } from './dto/verify-attribute.dto';
import type { EtagResult } from './etag-result';
import { EtagResultInterceptor } from './etag-result.interceptor';
import { IfMatch } from './if-match.decorator';

const IF_MATCH = {
  name: 'If-Match',
  required: false,
  description: 'ETag from GET /me/attributes; a stale one → 412 and nothing changes',
};
const KEY = { name: 'key', enum: ['email', 'phone_number'], description: 'Attribute to verify' };
const NEW_ETAG = 'Has the new ETag of your attributes';
const STEP_UP = {
  status: 401,
  description:
    'Missing, invalid or expired access token (`invalid-token`), or — for a change or deletion of ' +
    'an attribute marked `stepUp` in `GET /attributes/schema` (email, phone_number) — a sign-in ' +
    'older than `STEP_UP_MAX_AGE_SECONDS` (`step-up-required`, RFC 9470): sign in again (a ' +
    'refreshed token keeps its `auth_time`) and retry. Nothing was changed or sent.',
  headers: {
    'WWW-Authenticate': {
      description:
        '`Bearer error="invalid_token"`, or `Bearer error="insufficient_user_authentication", ' +
        'error_description="…", max_age=900`',
      schema: { type: 'string' },
    },
  },
  content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDto) } } },
};
const NOTHING_TO_VERIFY = {
  status: 409,
  description: 'The attribute has no unverified or pending value (`nothing-to-verify`)',
  content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDto) } } },
};

@ApiTags('me')
@ApiBearerAuth()
@ApiExtraModels(UpdateAttributeResultDto, PendingChangeDto)
@Controller('me/attributes')
export class MeAttributesController {
  constructor(
    private readonly attributes: AttributesService,
    private readonly verification: AttributeVerificationService,
  ) {}

  /**
   * Your readable attributes (Amplify `fetchUserAttributes`), and any email / phone change still
   * waiting for its code (`pending`, which Cognito itself never shows). Send the ETag back in
   * If-None-Match to get 304.
   */
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

  /**
   * Change one or many attributes (Amplify `updateUserAttributes`), all or nothing. An email or
   * phone change takes effect once confirmed with the code: its result says
   * CONFIRM_ATTRIBUTE_WITH_CODE, the old value stays active until then, and `GET` shows the new one
   * under `pending`. Changing email or phone_number needs a recent sign-in (401
   * `step-up-required` otherwise); setting one back to its current value cancels its pending change.
   */
  @Patch()
  @UseInterceptors(EtagResultInterceptor)
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: UpdateAttributesResponseDto, description: NEW_ETAG })
  @ApiResponse(STEP_UP)
  @ApiProblemResponses(400, 403, 409, 412, 413, 415, 422, 429, 502, 503, 504)
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: UpdateAttributesDto,
    @IfMatch() ifMatch?: string,
    @RequestId() requestId?: string,
  ): Promise<EtagResult<UpdateAttributesResponseDto>> {
    return this.attributes.updateOwn(user, body, ifMatch, requestId);
  }

  /**
   * Delete attributes (Amplify `deleteUserAttributes`); all must be deletable, or none is deleted.
   * Deleting phone_number needs a recent sign-in.
   */
  @Delete()
  @HttpCode(204)
  @UseInterceptors(EtagResultInterceptor)
  @ApiHeader(IF_MATCH)
  @ApiNoContentResponse({ description: NEW_ETAG })
  @ApiResponse(STEP_UP)
  @ApiProblemResponses(400, 403, 412, 429, 502, 503, 504)
  delete(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: DeleteAttributesQueryDto,
    @IfMatch() ifMatch?: string,
    @RequestId() requestId?: string,
  ): Promise<EtagResult<undefined>> {
    return this.attributes.deleteOwn(user, query.keys, ifMatch, requestId);
  }

  /**
   * (Re)send a verification code for email or phone_number (Amplify
   * `sendUserAttributeVerificationCode`). During a pending change the code goes to the pending
   * (new) value, not the current one; the response says where, masked.
   */
  @Post(':key/verification-code')
  @HttpCode(202)
  @ApiParam(KEY)
  @ApiAcceptedResponse({ type: VerificationCodeResponseDto })
  @ApiResponse(NOTHING_TO_VERIFY)
  @ApiProblemResponses(400, 401, 403, 429, 502, 503, 504)
  sendCode(
    @CurrentUser() user: AuthenticatedUser,
    @Param('key') key: string,
    @Body() body: SendVerificationCodeDto,
    @RequestId() requestId?: string,
  ): Promise<VerificationCodeResponseDto> {
    return this.verification.sendCode(user, key, body, requestId);
  }

  /**
   * Confirm a pending or unverified email / phone_number with its code (Amplify
   * `confirmUserAttribute`). Repeated wrong codes → 429 with Retry-After.
   */
  @Post(':key/verify')
  @HttpCode(204)
  @UseInterceptors(EtagResultInterceptor)
  @ApiParam(KEY)
  @ApiNoContentResponse({ description: NEW_ETAG })
  @ApiResponse(NOTHING_TO_VERIFY)
  @ApiProblemResponses(400, 401, 403, 429, 502, 503, 504)
  verify(
    @CurrentUser() user: AuthenticatedUser,
    @Param('key') key: string,
    @Body() body: VerifyAttributeDto,
    @RequestId() requestId?: string,
  ): Promise<EtagResult<undefined>> {
    return this.verification.verify(user, key, body, requestId);
  }
}
