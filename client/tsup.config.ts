import { defineConfig } from 'tsup';

/**
 * ESM + CJS + .d.ts in dist/. openapi-fetch is bundled in, so the published package needs
 * nothing at run time but `fetch`.
 */
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2020',
  platform: 'neutral',
  noExternal: ['openapi-fetch'],
  tsconfig: 'tsconfig.json',
});
