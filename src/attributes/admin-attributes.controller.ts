import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Query,
  Res,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import type { Response } from 'express';
import {
  ApiBearerAuth,
  ApiExtraModels,
  ApiHeader,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiParam,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { ApiProblemResponses } from '../common/errors/api-problem-responses.decorator';
import { AdminAttributesService } from './admin-attributes.service';
import { AdminCaller, CurrentAdmin } from './admin-caller.decorator';
import { AdminGroupGuard } from './admin-group.guard';
import { withAttributesEtag } from './attributes-etag';
import { AttributesResponseDto, PendingChangeDto } from './dto/attributes-response.dto';
import { DeleteAttributesQueryDto } from './dto/delete-attributes-query.dto';
import { UpdateAttributesDto } from './dto/update-attributes.dto';
import {
  UpdateAttributeResultDto,
  UpdateAttributesResponseDto,
} from './dto/update-attributes-response.dto';
import type { EtagResult } from './etag-result';
import { EtagResultInterceptor } from './etag-result.interceptor';
import { IfMatch } from './if-match.decorator';

const IF_MATCH = {
  name: 'If-Match',
  required: false,
  description: 'ETag from GET /users/{username}/attributes; a stale one → 412 and nothing changes',
};
const NEW_ETAG = "Has the new ETag of the user's attributes";

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
  @ApiOkResponse({
    type: AttributesResponseDto,
    description: 'Has ETag and Cache-Control: no-store',
  })
  @ApiResponse({ status: 304, description: 'Not modified since the ETag in If-None-Match' })
  @ApiProblemResponses(400, 401, 403, 404, 429, 502, 503, 504)
  read(
    @CurrentAdmin() caller: AdminCaller,
    @Param('username') username: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AttributesResponseDto> {
    return withAttributesEtag(res, this.admin.read(caller, username));
  }

  /**
   * Change the user's attributes (`adminWrite` allowlist), all or nothing. Setting `email`
   * together with `email_verified: "true"` skips the verification code.
   */
  @Patch()
  @UseInterceptors(EtagResultInterceptor)
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: UpdateAttributesResponseDto, description: NEW_ETAG })
  @ApiProblemResponses(400, 401, 403, 404, 409, 412, 413, 415, 422, 429, 502, 503, 504)
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
  @ApiHeader(IF_MATCH)
  @ApiNoContentResponse({ description: NEW_ETAG })
  @ApiProblemResponses(400, 401, 403, 404, 412, 429, 502, 503, 504)
  delete(
    @CurrentAdmin() caller: AdminCaller,
    @Param('username') username: string,
    @Query() query: DeleteAttributesQueryDto,
    @IfMatch() ifMatch?: string,
  ): Promise<EtagResult<undefined>> {
    return this.admin.delete(caller, username, query.keys, ifMatch);
  }
}
