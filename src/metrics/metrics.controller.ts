import { Controller, Get, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/public.decorator';
import { Metrics } from './metrics';

/** Prometheus scrape endpoint on the API port (when METRICS_PORT is not set). */
@ApiExcludeController()
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: Metrics) {}

  @Get()
  async scrape(@Res() res: FastifyReply): Promise<void> {
    const { contentType, body } = await this.metrics.exposition();
    await res.header('Cache-Control', 'no-store').type(contentType).send(body);
  }
}
