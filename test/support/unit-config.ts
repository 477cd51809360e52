import { AppConfig, buildAppConfig, validateEnvironment } from '../../src/config/app-config';

/** What a running embedded emulator would report, for unit specs that need a local-mode config. */
export const LOCAL_EMULATOR = {
  endpoint: 'http://127.0.0.1:9339',
  region: 'us-east-1',
  userPoolId: 'us-east-1_ProfileBff',
  clientId: 'localclient',
};

/** The typed config for `env` in local mode, validated as at start-up. */
export function localConfig(env: Record<string, string> = {}): AppConfig {
  return buildAppConfig(validateEnvironment(env), LOCAL_EMULATOR);
}
