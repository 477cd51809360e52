import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Query,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses } from '../../common/errors/api-problem-responses.decorator';
import { ROUTE_PROBLEMS as P } from '../../common/errors/route-problems';
import { ApiTaggedRead, ApiTaggedWrite } from '../../openapi/openapi-responses';
import { AdminAttributesService } from './admin-attributes.service';
import { AdminCaller, CurrentAdmin } from './admin-caller.decorator';
import { AdminGroupGuard } from './admin-group.guard';
import { taggedAttributes } from '../etag/attributes-etag';
import { AttributesResponseDto, PendingChangeDto } from '../dto/attributes-response.dto';
import { DeleteAttributesQueryDto } from '../dto/delete-attributes-query.dto';
import { UpdateAttributesDto } from '../dto/update-attributes.dto';
import {
  UpdateAttributeResultDto,
  UpdateAttributesResponseDto,
} from '../dto/update-attributes-response.dto';
import type { EtagResult } from '../etag/etag-result';
import { EtagResultInterceptor } from '../etag/etag-result.interceptor';
import { IfMatch } from '../etag/if-match.decorator';

const IF_MATCH = 'ETag from GET /users/{username}/attributes';
const NEW_ETAG = "Has the new ETag of the user's attributes";
const ADMIN = [...P.any, ...P.token, ...P.limited, ...P.upstream, ...P.admin] as const;

/** Any user's attributes, for members of the policy's admin group (default `admin`). */
@ApiTags('admin')
@ApiBearerAuth()
@ApiExtraModels(UpdateAttributeResultDto, PendingChangeDto)
@ApiParam({
  name: 'username',
  description: "The user's username, email (alias) or sub",
  example: 'demo@example.com',
})
@UseGuards(AdminGroupGuard)
@Controller('users/:username/attributes')
export class AdminAttributesController {
  constructor(private readonly admin: AdminAttributesService) {}

  /** The user's attributes, filtered by the admin read allowlist (`adminRead`), and pending changes. */
  @Get()
  @UseInterceptors(EtagResultInterceptor)
  @ApiTaggedRead(AttributesResponseDto, "The user's admin-readable attributes")
  @ApiProblemResponses(...ADMIN)
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
  @Patch()
  @UseInterceptors(EtagResultInterceptor)
  @ApiTaggedWrite(200, NEW_ETAG, UpdateAttributesResponseDto, IF_MATCH)
  @ApiProblemResponses(
    ...ADMIN,
    ...P.jsonBody,
    ...P.conditionalWrite,
    'attribute-not-writable',
    'alias-exists',
    'invalid-attribute-value',
    'invalid-parameter',
  )
  update(
    @CurrentAdmin() caller: AdminCaller,
    @Param('username') username: string,
    @Body() body: UpdateAttributesDto,
    @IfMatch() ifMatch?: string,
  ): Promise<EtagResult<UpdateAttributesResponseDto>> {
    return this.admin.update(caller, username, body, ifMatch);
  }

  /** Delete the user's attributes; every one must be deletable by admins, or none is deleted. */
  @Delete()
  @HttpCode(204)
  @UseInterceptors(EtagResultInterceptor)
  @ApiTaggedWrite(204, NEW_ETAG, undefined, IF_MATCH)
  @ApiProblemResponses(
    ...ADMIN,
    ...P.conditionalWrite,
    'validation-failed',
    'attribute-not-deletable',
    'invalid-parameter',
  )
  delete(
    @CurrentAdmin() caller: AdminCaller,
    @Param('username') username: string,
    @Query() query: DeleteAttributesQueryDto,
    @IfMatch() ifMatch?: string,
  ): Promise<EtagResult<undefined>> {
    return this.admin.delete(caller, username, query.keys, ifMatch);
  }
}
