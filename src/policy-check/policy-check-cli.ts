/**
 * `npm run policy:check` (or `node dist/policy-check/policy-check-cli.js` where there is no
 * ts-node): compares the attribute policy with the user pool and app client the service is
 * configured for, prints the report, and exits 0 (no mismatch), 1 (mismatches) or 2 (could not
 * compare). Settings come from the environment, as for the service; in local mode it reads
 * `<LOCAL_DATA_DIR>/cognito.json`, so the embedded emulator must be running (`npm start`).
 */
import 'reflect-metadata';
import { loadAttributePolicy } from '../attribute-policy';
import { AppError } from '../common/errors/app-error';
import {
  AppConfig,
  buildAppConfig,
  cognitoModeOf,
  EnvironmentVariables,
  loadEnvironment,
  localEmulatorSettings,
} from '../config/app-config';
import { CognitoIdentityProvider } from '../identity-provider/cognito-identity-provider';
import type { PoolDescription } from '../identity-provider/identity-provider';
import { readLocalCognitoInfo } from '../local-cognito/local-cognito-info';
import { comparePolicyWithPool } from './policy-drift';
import { formatDriftReport } from './policy-drift-report';

export const EXIT_MATCHES = 0;
export const EXIT_MISMATCHES = 1;
export const EXIT_CANNOT_CHECK = 2;

export interface PolicyCheckOutput {
  exitCode: number;
  report: string;
}

/** Runs the check for a validated environment; never throws for expected failures. */
export async function runPolicyCheck(env: EnvironmentVariables): Promise<PolicyCheckOutput> {
  const mode = cognitoModeOf(env);
  let config: AppConfig;
  try {
    const local =
      mode === 'local' ? readLocalCognitoInfo(localEmulatorSettings(env).dataDir) : undefined;
    config = buildAppConfig(env, local);
  } catch (error) {
    return cannotCheck((error as Error).message);
  }
  const policy = loadAttributePolicy(config.policyFile);
  const idp = new CognitoIdentityProvider(config);
  let pool: PoolDescription;
  try {
    pool = await idp.describePool();
  } catch (error) {
    const code = error instanceof AppError ? error.code : 'internal-error';
    const hint =
      mode === 'local'
        ? ' Is the embedded emulator running (npm start in another terminal)?'
        : ' Check the endpoint, the region and that the credentials allow ' +
          'cognito-idp:DescribeUserPool and cognito-idp:DescribeUserPoolClient.';
    return cannotCheck(
      `could not describe user pool ${config.cognito.userPoolId} (${code}).${hint}`,
    );
  } finally {
    idp.onModuleDestroy();
  }
  const drifts = comparePolicyWithPool(policy, pool, {
    clientId: config.cognito.clientId,
    selfServiceWrites: config.selfServiceWrites,
  });
  const report = formatDriftReport(drifts, {
    policyFile: config.policyFile,
    userPoolId: config.cognito.userPoolId,
    clientId: config.cognito.clientId,
    mode,
  });
  return { exitCode: drifts.length > 0 ? EXIT_MISMATCHES : EXIT_MATCHES, report };
}

function cannotCheck(reason: string): PolicyCheckOutput {
  return { exitCode: EXIT_CANNOT_CHECK, report: `policy check failed: ${reason}` };
}

if (require.main === module) {
  Promise.resolve()
    .then(() => runPolicyCheck(loadEnvironment()))
    .then(
      ({ exitCode, report }) => {
        (exitCode === EXIT_CANNOT_CHECK ? process.stderr : process.stdout).write(`${report}\n`);
        process.exitCode = exitCode;
      },
      (error: unknown) => {
        // A bad environment or a broken policy file: their messages already say what to fix.
        process.stderr.write(`policy check failed: ${(error as Error).message}\n`);
        process.exitCode = EXIT_CANNOT_CHECK;
      },
    );
}
