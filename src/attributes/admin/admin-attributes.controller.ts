import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiExtraModels, ApiParam, ApiTags } from '@nestjs/swagger';
import { AdminRead, AdminWrite } from '../../common/http/routes';
import { AdminAttributesService } from './admin-attributes.service';
import { AdminCaller, CurrentAdmin } from './admin-caller.decorator';
import { taggedAttributes } from '../etag/attributes-etag';
import { AttributesResponseDto, PendingChangeDto } from '../dto/attributes-response.dto';
import { DeleteAttributesQueryDto } from '../dto/delete-attributes-query.dto';
import { UpdateAttributesDto } from '../dto/update-attributes.dto';
import {
  UpdateAttributeResultDto,
  UpdateAttributesResponseDto,
} from '../dto/update-attributes-response.dto';
import type { EtagResult } from '../etag/etag-result';
import { IfMatch } from '../etag/if-match.decorator';

/** Any user's attributes, for members of the policy's admin group (default `admin`). */
@ApiTags('admin')
@ApiExtraModels(UpdateAttributeResultDto, PendingChangeDto)
@ApiParam({
  name: 'username',
  description: "The user's username, email (alias) or sub",
  example: 'demo@example.com',
})
@Controller('users/:username/attributes')
export class AdminAttributesController {
  constructor(private readonly admin: AdminAttributesService) {}

  /** The user's attributes, filtered by the admin read allowlist (`adminRead`), and pending changes. */
  @AdminRead({
    operationId: 'getUserAttributesAsAdmin',
    type: AttributesResponseDto,
    description: "The user's admin-readable attributes",
  })
  read(
    @CurrentAdmin() caller: AdminCaller,
    @Param('username') username: string,
  ): Promise<EtagResult<AttributesResponseDto>> {
    return taggedAttributes(this.admin.read(caller, username));
  }

  /**
   * Change the user's attributes (`adminWrite` allowlist), all or nothing. Setting `email`
   * together with `email_verified: "true"` skips the verification code.
   */
  @AdminWrite('PATCH', {
    operationId: 'updateUserAttributesAsAdmin',
    type: UpdateAttributesResponseDto,
  })
  update(
    @CurrentAdmin() caller: AdminCaller,
    @Param('username') username: string,
    @Body() body: UpdateAttributesDto,
    @IfMatch() ifMatch?: string,
  ): Promise<EtagResult<UpdateAttributesResponseDto>> {
    return this.admin.update(caller, username, body, ifMatch);
  }

  /** Delete the user's attributes; every one must be deletable by admins, or none is deleted. */
  @AdminWrite('DELETE', { operationId: 'deleteUserAttributesAsAdmin' })
  delete(
    @CurrentAdmin() caller: AdminCaller,
    @Param('username') username: string,
    @Query() query: DeleteAttributesQueryDto,
    @IfMatch() ifMatch?: string,
  ): Promise<EtagResult<undefined>> {
    return this.admin.delete(caller, username, query.keys, ifMatch);
  }
}
