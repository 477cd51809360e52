import type { NestApplicationOptions } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { readFileSync } from 'node:fs';
import { AppModule } from './app.module';
import { JSON_BODY_LIMIT_BYTES } from './common/http/json-body-parser';
import { requestIdFor } from './common/request-id';
import type { AppConfig } from './config/app-config';
import { configureApp } from './configure-app';

/** The HTTP application type every entry point gets (main.ts, the tests, the OpenAPI script). */
export type ProfileBffApp = NestFastifyApplication;

/**
 * Makes the Nest application on the given adapter from already built options; by default from
 * AppModule. Tests pass one that uses their compiled TestingModule
 * (`(adapter, options) => moduleRef.createNestApplication(adapter, options)`) so they get
 * exactly the platform, options and global set-up main.ts gets.
 */
export type AppFactory = (
  adapter: FastifyAdapter,
  options: NestApplicationOptions,
) => Promise<ProfileBffApp> | ProfileBffApp;

/** Builds the configured app from a validated config. */
export async function createApp(config: AppConfig, factory?: AppFactory): Promise<ProfileBffApp> {
  const tls = config.security.tls;
  // With TLS files the service speaks HTTPS only; otherwise it expects a TLS-terminating proxy.
  const https = tls && { cert: readFileSync(tls.certFile), key: readFileSync(tls.keyFile) };
  const adapter = new FastifyAdapter({
    ...(https && { https }),
    // Client IPs (rate limits) and the protocol (HSTS) come from X-Forwarded-* only for the hops
    // TRUST_PROXY names; by default only the socket counts.
    trustProxy: config.security.trustProxy,
    bodyLimit: JSON_BODY_LIMIT_BYTES,
    genReqId: requestIdFor,
    // Requests are logged once, by the app's own line (common/logging/request-log.ts).
    logger: false,
    routerOptions: { ignoreTrailingSlash: true },
    // No Nest middleware: what Express did in middleware is done in Fastify hooks.
    skipMiddie: true,
  });
  // httpsOptions only tells Nest's getUrl() the scheme; Fastify made the server above.
  const options: NestApplicationOptions = {
    bodyParser: false,
    bufferLogs: true,
    httpsOptions: https,
  };
  const app = factory
    ? await factory(adapter, options)
    : await NestFactory.create<ProfileBffApp>(AppModule.forRoot(config), adapter, options);
  return readyOnInit(configureApp(app));
}

/**
 * Fastify loads its plugins and routes on `ready()`, which Nest calls only from `listen()`:
 * `init()` does it as well here, so a test that serves `app.getHttpServer()` through supertest
 * after `init()` gets the same routes, hooks and parsers as a listening app.
 */
function readyOnInit(app: ProfileBffApp): ProfileBffApp {
  const init = app.init.bind(app);
  app.init = async () => {
    await init();
    await app.getHttpAdapter().getInstance().ready();
    return app;
  };
  return app;
}
