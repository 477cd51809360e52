import type { NextFunction, Request, Response } from 'express';
import { matchedRoute } from '../common/http/matched-route';
import type { Metrics } from './metrics';

/** Requests that matched no route share one label value, so scanners cannot explode the series. */
export const UNMATCHED_ROUTE = 'unmatched';

/** Counts and times every request once its response is finished (or the client went away). */
export function httpMetricsMiddleware(metrics: Metrics) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    let recorded = false;
    const record = (): void => {
      if (recorded) return;
      recorded = true;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.recordHttp(req.method, matchedRoute(req) ?? UNMATCHED_ROUTE, res.statusCode, seconds);
    };
    res.once('finish', record);
    res.once('close', record);
    next();
  };
}
