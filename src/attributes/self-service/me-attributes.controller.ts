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
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiBody,
  ApiExtraModels,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { CurrentUser } from '../../auth/current-user.decorator';
import { RequestId } from '../../common/request-id.decorator';
import { ApiProblemResponses } from '../../common/errors/api-problem-responses.decorator';
import { ROUTE_PROBLEMS as P } from '../../common/errors/route-problems';
import { ApiTaggedRead, ApiTaggedWrite } from '../../openapi/openapi-responses';
import { AttributeVerificationService } from '../verification/attribute-verification.service';
import { AttributesService } from './attributes.service';
import { taggedAttributes } from '../etag/attributes-etag';
import { AttributesResponseDto, PendingChangeDto } from '../dto/attributes-response.dto';
import { DeleteAttributesQueryDto } from '../dto/delete-attributes-query.dto';
import {
  SendVerificationCodeDto,
  VerificationCodeResponseDto,
} from '../verification/dto/send-verification-code.dto';
import { UpdateAttributesDto } from '../dto/update-attributes.dto';
import {
  UpdateAttributeResultDto,
  UpdateAttributesResponseDto,
} from '../dto/update-attributes-response.dto';
import { VerifyAttributeDto } from '../verification/dto/verify-attribute.dto';
import type { EtagResult } from '../etag/etag-result';
import { EtagResultInterceptor } from '../etag/etag-result.interceptor';
import { IfMatch } from '../etag/if-match.decorator';

const IF_MATCH = 'ETag from GET /me/attributes';
// Not an enum: any other name is a request the API answers (403 attribute-not-verifiable).
const KEY = {
  name: 'key',
  description: 'Attribute to verify: `email` or `phone_number` (others → 403)',
  example: 'email',
};
const NEW_ETAG = 'Has the new ETag of your attributes';
const SELF = [...P.any, ...P.token, ...P.limited, ...P.upstream] as const;
const VERIFICATION = [
  ...SELF,
  ...P.jsonBody,
  'attribute-not-verifiable',
  'nothing-to-verify',
] as const;

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
  @UseInterceptors(EtagResultInterceptor)
  @ApiTaggedRead(AttributesResponseDto, 'Your readable attributes')
  @ApiProblemResponses(...SELF)
  read(@CurrentUser() user: AuthenticatedUser): Promise<EtagResult<AttributesResponseDto>> {
    return taggedAttributes(this.attributes.readOwn(user));
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
  @ApiTaggedWrite(200, NEW_ETAG, UpdateAttributesResponseDto, IF_MATCH)
  @ApiProblemResponses(
    ...SELF,
    ...P.jsonBody,
    ...P.conditionalWrite,
    'attribute-not-writable',
    'step-up-required',
    'alias-exists',
    'invalid-attribute-value',
    'invalid-parameter',
    'code-delivery-failed',
  )
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
  @ApiTaggedWrite(204, NEW_ETAG, undefined, IF_MATCH)
  @ApiProblemResponses(
    ...SELF,
    ...P.conditionalWrite,
    'validation-failed',
    'attribute-not-deletable',
    'step-up-required',
    'invalid-parameter',
  )
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
  @ApiBody({ type: SendVerificationCodeDto, required: false })
  @ApiAcceptedResponse({ type: VerificationCodeResponseDto, description: 'A code is on its way' })
  @ApiProblemResponses(...VERIFICATION, 'code-delivery-failed', 'invalid-parameter')
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
  @ApiTaggedWrite(204, NEW_ETAG)
  @ApiProblemResponses(...VERIFICATION, 'code-mismatch', 'code-expired', 'alias-exists')
  verify(
    @CurrentUser() user: AuthenticatedUser,
    @Param('key') key: string,
    @Body() body: VerifyAttributeDto,
    @RequestId() requestId?: string,
  ): Promise<EtagResult<undefined>> {
    return this.verification.verify(user, key, body, requestId);
  }
}
