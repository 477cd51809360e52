/**
 * Unit specs sit beside the code; e2e specs live in test/. Both run with `npm test`.
 * The Swagger CLI plugin runs here too, so the spec the tests see is the one `nest build` makes.
 */
const swaggerPlugin = { path: '<rootDir>/test/support/swagger-plugin-transformer.js' };
const transform = {
  '^.+\\.ts$': ['ts-jest', { diagnostics: false, astTransformers: { before: [swaggerPlugin] } }],
};
const common = {
  testEnvironment: 'node',
  rootDir: '.',
  transform,
  moduleFileExtensions: ['ts', 'js', 'json'],
};
module.exports = {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/scripts/**/*.spec.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      // Responses of apps built by test/support are checked against the committed spec.
      setupFilesAfterEnv: ['<rootDir>/test/support/openapi-contract.setup.ts'],
    },
  ],
};
