import { CanActivate, ExecutionContext, Inject, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RequestWithUser } from '../auth/current-user.decorator';
import { IS_PUBLIC } from '../auth/public.decorator';
import { AppError } from '../common/errors/app-error';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import type { RateLimitBucket } from '../config/operations-config';
import { matchedRoute, pathOf } from '../common/http/matched-route';
import { Metrics } from '../metrics/metrics';
import { classifyRoute, RateLimitRule } from './classify-route';
import { RATE_LIMIT_BUCKET } from './rate-limit.decorator';
import { rateLimitHeaders } from './rate-limit-headers';
import { RateLimitStore } from './rate-limit-store';
import { rateLimitKey, RateLimitTracker } from './rate-limit-key';

/**
 * Global guard, registered after the access-token guard so it can count per verified user (token
 * sub): an attacker cannot spend someone else's budget, and invalid tokens are refused (401)
 * before they are counted. Public routes under /sign-up are counted per client IP, which Fastify
 * derives from the socket, or from X-Forwarded-For only for hops TRUST_PROXY names.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly logger = new Logger(RateLimitGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly store: RateLimitStore,
    private readonly metrics: Metrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const settings = this.config.rateLimit;
    if (!settings.enabled || context.getType() !== 'http') return true;
    const http = context.switchToHttp();
    const req = http.getRequest<FastifyRequest & RequestWithUser>();
    const rule = this.ruleFor(context, req);
    if (!rule) return true;
    const tracker = this.trackerFor(rule, req);
    const limit = settings.limits[rule.bucket];
    const count = await this.count(rule.bucket, tracker, limit, settings.windowSeconds);
    if (!count) return true;
    const headers = rateLimitHeaders(rule.bucket, limit, settings.windowSeconds, count);
    if (count.blocked) {
      this.metrics.recordRateLimitRejection(rule.bucket);
      throw new AppError('too-many-requests', {
        detail: `Rate limit of ${limit} requests per ${settings.windowSeconds} s reached (${rule.bucket}).`,
        retryAfter: count.resetSeconds,
        headers,
      });
    }
    const res = http.getResponse<FastifyReply>();
    for (const [name, value] of Object.entries(headers)) res.header(name, value);
    return true;
  }

  private ruleFor(context: ExecutionContext, req: FastifyRequest): RateLimitRule | undefined {
    const targets = [context.getHandler(), context.getClass()];
    const declared = this.reflector.getAllAndOverride<RateLimitBucket | null | undefined>(
      RATE_LIMIT_BUCKET,
      targets,
    );
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) ?? false;
    return classifyRoute({
      method: req.method,
      path: matchedRoute(req) ?? pathOf(req.url),
      isPublic,
      declared,
    });
  }

  private trackerFor(rule: RateLimitRule, req: FastifyRequest & RequestWithUser): RateLimitTracker {
    if (rule.keyBy === 'ip') return { kind: 'ip', id: req.ip ?? 'unknown' };
    if (!req.user) {
      // Only reachable if the guard order broke; counting such requests per IP would silently
      // weaken the per-user limit, so fail loudly instead.
      throw new Error('RateLimitGuard ran before the access-token guard on an authenticated route');
    }
    return { kind: 'sub', id: req.user.sub };
  }

  /** undefined when the store failed: the request is let through (availability over limiting). */
  private async count(
    bucket: RateLimitBucket,
    tracker: RateLimitTracker,
    limit: number,
    windowSeconds: number,
  ) {
    const key = rateLimitKey(bucket, tracker);
    try {
      return await this.store.increment(key, bucket, limit, windowSeconds * 1000);
    } catch (error) {
      this.metrics.recordRateLimitStoreError();
      this.logger.warn(
        { err: { name: (error as Error).name } },
        'rate-limit store failed; request allowed',
      );
      return undefined;
    }
  }
}
