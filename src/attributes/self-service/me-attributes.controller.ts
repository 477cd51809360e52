import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiBody, ApiExtraModels, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { CurrentUser } from '../../auth/current-user.decorator';
import {
  accepted,
  SelfServiceRead,
  SelfServiceWrite,
  VerificationRoute,
} from '../../common/http/routes';
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
import { IfMatch } from '../etag/if-match.decorator';

@ApiTags('me')
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
  @SelfServiceRead({
    operationId: 'getMyAttributes',
    type: AttributesResponseDto,
    description: 'Your readable attributes',
  })
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
  @SelfServiceWrite('PATCH', {
    operationId: 'updateMyAttributes',
    type: UpdateAttributesResponseDto,
    problems: ['code-delivery-failed'],
  })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: UpdateAttributesDto,
    @IfMatch() ifMatch?: string,
  ): Promise<EtagResult<UpdateAttributesResponseDto>> {
    return this.attributes.updateOwn(user, body, ifMatch);
  }

  /**
   * Delete attributes (Amplify `deleteUserAttributes`); all must be deletable, or none is deleted.
   * Deleting phone_number needs a recent sign-in.
   */
  @SelfServiceWrite('DELETE', { operationId: 'deleteMyAttributes' })
  delete(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: DeleteAttributesQueryDto,
    @IfMatch() ifMatch?: string,
  ): Promise<EtagResult<undefined>> {
    return this.attributes.deleteOwn(user, query.keys, ifMatch);
  }

  /**
   * (Re)send a verification code for email or phone_number (Amplify
   * `sendUserAttributeVerificationCode`). During a pending change the code goes to the pending
   * (new) value, not the current one; the response says where, masked.
   */
  @VerificationRoute(':key/verification-code', {
    operationId: 'sendMyAttributeVerificationCode',
    returns: accepted(VerificationCodeResponseDto, 'A code is on its way'),
    problems: ['code-delivery-failed', 'invalid-parameter'],
  })
  @ApiBody({ type: SendVerificationCodeDto, required: false })
  sendCode(
    @CurrentUser() user: AuthenticatedUser,
    @Param('key') key: string,
    @Body() body: SendVerificationCodeDto,
  ): Promise<VerificationCodeResponseDto> {
    return this.verification.sendCode(user, key, body);
  }

  /**
   * Confirm a pending or unverified email / phone_number with its code (Amplify
   * `confirmUserAttribute`). Repeated wrong codes → 429 with Retry-After.
   */
  @VerificationRoute(':key/verify', {
    operationId: 'verifyMyAttribute',
    problems: ['code-mismatch', 'code-expired', 'alias-exists'],
  })
  verify(
    @CurrentUser() user: AuthenticatedUser,
    @Param('key') key: string,
    @Body() body: VerifyAttributeDto,
  ): Promise<EtagResult<undefined>> {
    return this.verification.verify(user, key, body);
  }
}
