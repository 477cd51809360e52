// ts-jest transpiling file by file (isolatedModules), for a jest project whose main ts-jest
// transform is type-aware. ts-jest keeps one compiler per project config, so this one asks for
// its own by naming a config of its own; the JavaScript is what the `e2e` project gets.
const { TsJestTransformer } = require('ts-jest');

const inner = new TsJestTransformer({ diagnostics: false, tsconfig: { isolatedModules: true } });
const own = (options) => ({
  ...options,
  config: { ...options.config, id: `${options.config.id}:transpile-only` },
});

module.exports = {
  canInstrument: inner.canInstrument,
  getCacheKey: (source, path, options) => inner.getCacheKey(source, path, own(options)),
  process: (source, path, options) => inner.process(source, path, own(options)),
};
