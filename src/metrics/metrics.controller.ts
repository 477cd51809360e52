import { Controller, Get, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../auth/public.decorator';
import { Metrics } from './metrics';

/** Prometheus scrape endpoint on the API port (when METRICS_PORT is not set). */
@ApiExcludeController()
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: Metrics) {}

  @Get()
  async scrape(@Res() res: Response): Promise<void> {
    const { contentType, body } = await this.metrics.exposition();
    res.setHeader('Cache-Control', 'no-store');
    // end(), not send(): Express would rewrite the exposition format's content type.
    res.setHeader('Content-Type', contentType);
    res.end(body);
  }
}
