import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { FetchError, JwksNotAvailableInCacheError } from 'aws-jwt-verify/error';
import type { JwtPayload } from 'aws-jwt-verify/jwt-model';
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { AppError } from '../common/errors/app-error';
import { AccessTokenVerifier } from './access-token-verifier';
import { AuthenticatedUser, REQUIRED_SCOPE } from './authenticated-user';
import type { RequestWithUser } from './current-user.decorator';
import { IS_PUBLIC } from './public.decorator';
import { TokenLifetimeError } from './token-lifetime';

const BEARER = /^Bearer ([A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]*\.[A-Za-z0-9\-_]*)$/i;
const REALM = 'realm="profile-bff"';

/**
 * Global guard: every route needs a valid Cognito *access* token unless marked @Public().
 * RFC 6750: 401 + error="invalid_token" for anything wrong with the token,
 * 403 + error="insufficient_scope" when it lacks the self-service scope.
 */
@Injectable()
export class AccessTokenGuard implements CanActivate {
  private readonly logger = new Logger(AccessTokenGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: AccessTokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    const req = context
      .switchToHttp()
      .getRequest<RequestWithUser & { headers: IncomingHttpHeaders; raw: IncomingMessage }>();
    refuseRepeatedAuthorization(req.raw.rawHeaders);
    const token = bearerToken(req.headers.authorization);
    const payload = await this.verify(token);
    const user = toUser(payload, token);
    if (!user.scopes.includes(REQUIRED_SCOPE)) {
      throw new AppError('insufficient-scope', {
        detail: `The token must carry the ${REQUIRED_SCOPE} scope.`,
        headers: {
          'WWW-Authenticate': `Bearer ${REALM}, error="insufficient_scope", scope="${REQUIRED_SCOPE}"`,
        },
      });
    }
    req.user = user;
    return true;
  }

  private async verify(token: string): Promise<JwtPayload> {
    try {
      return await this.verifier.verify(token);
    } catch (error) {
      if (error instanceof FetchError || error instanceof JwksNotAvailableInCacheError) {
        // Our problem, not the caller's: the signing keys could not be loaded.
        this.logger.warn({ err: (error as Error).name }, 'JWKS unavailable');
        throw new AppError('upstream-unavailable', { retryAfter: 5, cause: error });
      }
      // Which check refused it (an aws-jwt-verify error class or TokenLifetimeError's reason);
      // never the token. The client only learns that the token is invalid.
      this.logger.debug({ reason: refusalReason(error) }, 'access token refused');
      throw invalidToken('The access token is invalid or expired.');
    }
  }
}

/**
 * Node keeps only the first of several Authorization headers in `req.headers`; a proxy in front
 * may have honoured another one. Two credentials are ambiguous, so such a request is refused.
 */
function refuseRepeatedAuthorization(rawHeaders: string[]): void {
  let seen = 0;
  for (let i = 0; i < rawHeaders.length; i += 2) {
    if (rawHeaders[i].toLowerCase() === 'authorization') seen += 1;
  }
  if (seen > 1) {
    throw new AppError('bad-request', {
      detail: 'Send exactly one Authorization header.',
    });
  }
}

function refusalReason(error: unknown): string {
  if (error instanceof TokenLifetimeError) return error.reason;
  // aws-jwt-verify's error classes leave `name` as "Error": the class itself names the check.
  return error instanceof Error ? error.constructor.name : 'unknown';
}

function bearerToken(header: string | undefined): string {
  if (!header) throw invalidToken('An Authorization: Bearer access token is required.');
  const match = BEARER.exec(header);
  if (!match) throw invalidToken('The Authorization header is not a Bearer JWT.');
  return match[1];
}

function toUser(payload: JwtPayload, token: string): AuthenticatedUser {
  const groups = payload['cognito:groups'];
  const claimString = (name: string): string => {
    const value = payload[name];
    return typeof value === 'string' ? value : '';
  };
  if (!payload.sub) throw invalidToken('The access token has no subject.');
  return {
    sub: payload.sub,
    username: claimString('username') || payload.sub,
    clientId: claimString('client_id'),
    groups: Array.isArray(groups) ? groups.filter((g): g is string => typeof g === 'string') : [],
    scopes: (payload.scope ?? '').split(' ').filter(Boolean),
    expiresAt: payload.exp ?? 0,
    authTime: typeof payload.auth_time === 'number' ? payload.auth_time : undefined,
    accessToken: token,
  };
}

export function invalidToken(detail: string): AppError {
  return new AppError('invalid-token', {
    detail,
    headers: { 'WWW-Authenticate': `Bearer ${REALM}, error="invalid_token"` },
  });
}
