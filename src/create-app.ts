import type { NestApplicationOptions } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { readFileSync } from 'node:fs';
import { AppModule } from './app.module';
import type { AppConfig } from './config/app-config';
import { configureApp } from './configure-app';

/** The HTTP application type every entry point gets (main.ts, the tests, the OpenAPI script). */
export type ProfileBffApp = NestExpressApplication;

/**
 * Makes the Nest application from already built options; by default from AppModule. Tests pass
 * one that uses their compiled TestingModule (`(options) => moduleRef.createNestApplication(options)`)
 * so they get exactly the platform, options and global set-up main.ts gets.
 */
export type AppFactory = (
  options: NestApplicationOptions,
) => Promise<ProfileBffApp> | ProfileBffApp;

/** Builds the configured app from a validated config. */
export async function createApp(config: AppConfig, factory?: AppFactory): Promise<ProfileBffApp> {
  const tls = config.security.tls;
  const options: NestApplicationOptions = {
    bodyParser: false,
    bufferLogs: true,
    // With TLS files the service speaks HTTPS only; otherwise it expects a TLS-terminating proxy.
    httpsOptions: tls && { cert: readFileSync(tls.certFile), key: readFileSync(tls.keyFile) },
  };
  const app = factory
    ? await factory(options)
    : await NestFactory.create<ProfileBffApp>(AppModule.forRoot(config), options);
  return configureApp(app);
}
