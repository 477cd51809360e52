/**
 * Unit specs sit beside the code; e2e specs live in test/. Both run with `npm test`.
 *
 * Most files are transpiled one by one (ts-jest with isolatedModules): several times faster than
 * type-aware compilation, and the same JavaScript. The specs that read the OpenAPI document run
 * in a project of their own, compiled with the type checker and the Swagger CLI plugin, so the
 * spec they see is the one `nest build` makes (the plugin needs the type checker, and ts-jest
 * keeps one compiler per project, hence a separate project). There only the files the plugin
 * reads (DTOs, controllers) go through the type checker; the rest are transpiled as elsewhere.
 */
// The AWS SDK's own switch for its NodeVersionSupportWarning, which it would print from every
// test file on Node 20; set here, it reaches every worker and child process of the run.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const swaggerPlugin = { path: '<rootDir>/test/support/swagger-plugin-transformer.js' };
const OPENAPI_SPECS = [
  '<rootDir>/test/openapi.e2e-spec.ts',
  '<rootDir>/test/hardening/swagger-ui.e2e-spec.ts',
];

// Responses of apps built by test/support are checked against the committed spec.
const CONTRACT_SETUP = '<rootDir>/test/support/openapi-contract.setup.ts';

const project = (displayName, testMatch, tsJestOptions) => ({
  displayName,
  testMatch,
  testEnvironment: 'node',
  rootDir: '.',
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false, ...tsJestOptions }] },
  // Specs import the client package by name, from its source (no build needed).
  moduleNameMapper: { '^@profile-bff/client$': '<rootDir>/client/src/index.ts' },
});
const transpileOnly = { tsconfig: { isolatedModules: true } };
const withSwaggerPlugin = { astTransformers: { before: [swaggerPlugin] } };

module.exports = {
  // E2E hooks start a real emulator (a child process) and sign users in: jest's 5 s default is
  // too short on a busy 2-core machine, and a hook that times out leaves its emulator running,
  // so jest never exits.
  testTimeout: 30_000,
  globalSetup: '<rootDir>/test/support/jest-global-setup.js',
  projects: [
    project(
      'unit',
      [
        '<rootDir>/src/**/*.spec.ts',
        '<rootDir>/scripts/**/*.spec.ts',
        '<rootDir>/client/src/**/*.spec.ts',
        '<rootDir>/client/scripts/**/*.spec.ts',
      ],
      transpileOnly,
    ),
    {
      ...project('e2e', ['<rootDir>/test/**/*.e2e-spec.ts'], transpileOnly),
      testPathIgnorePatterns: ['/node_modules/', ...OPENAPI_SPECS],
      setupFilesAfterEnv: [CONTRACT_SETUP],
    },
    {
      ...project('e2e-openapi', OPENAPI_SPECS, withSwaggerPlugin),
      transform: {
        '\\.(dto|controller)\\.ts$': ['ts-jest', { diagnostics: false, ...withSwaggerPlugin }],
        '^.+\\.ts$': '<rootDir>/test/support/transpile-only-transformer.js',
      },
      setupFilesAfterEnv: [CONTRACT_SETUP],
    },
  ],
};
