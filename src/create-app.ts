import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { readFileSync } from 'node:fs';
import { AppModule } from './app.module';
import type { AppConfig } from './config/app-config';
import { configureApp } from './configure-app';

/** Builds the configured app from a validated config (main.ts, tests and the OpenAPI script). */
export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  const tls = config.security.tls;
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bodyParser: false,
    bufferLogs: true,
    // With TLS files the service speaks HTTPS only; otherwise it expects a TLS-terminating proxy.
    httpsOptions: tls && { cert: readFileSync(tls.certFile), key: readFileSync(tls.keyFile) },
  });
  return configureApp(app);
}
