import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { type AppConfig, buildAppConfig, validateEnvironment } from '../config/app-config';
import { createApp } from '../create-app';
import { buildOpenApiDocument } from './openapi';

export const OPENAPI_FILE = resolve(__dirname, '..', '..', 'openapi', 'openapi.json');

/** A config to build the app with, contacting nothing (the emulator endpoint is never called). */
export function offlineAppConfig(): AppConfig {
  const env = validateEnvironment({
    LOG_LEVEL: 'silent',
    COGNITO_ENDPOINT: 'http://127.0.0.1:9',
    COGNITO_USER_POOL_ID: 'us-east-1_OpenApi',
    COGNITO_CLIENT_ID: 'openapi',
  });
  return buildAppConfig(env);
}

/** The spec as the code describes it; nothing is contacted. */
export async function generateOpenApiJson(): Promise<string> {
  const app = await createApp(offlineAppConfig());
  try {
    return `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`;
  } finally {
    await app.close();
  }
}

if (require.main === module) {
  generateOpenApiJson().then(
    (json) => {
      mkdirSync(dirname(OPENAPI_FILE), { recursive: true });
      writeFileSync(OPENAPI_FILE, json);
      process.stdout.write(`wrote ${OPENAPI_FILE}\n`);
    },
    (error: unknown) => {
      process.stderr.write(`${(error as Error).stack}\n`);
      process.exit(1);
    },
  );
}
