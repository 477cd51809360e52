import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Connect, Plugin } from 'vite';
import { defineConfig } from 'vite';

/**
 * `@profile-bff/client` is the workspace package, whose exports point at its build (dist/). The
 * example uses its source instead, as jest and tsc do, so neither `npm run example` nor the
 * browser tests need the client built first.
 */
const CLIENT_SOURCE = fileURLToPath(new URL('../../client/src/index.ts', import.meta.url));

/**
 * The app reads where the BFF and the user pool are from /config.json at start-up, so one build
 * works against any BFF. `npm run example` passes that JSON in EXAMPLE_CONFIG_JSON; the dev and
 * preview servers answer /config.json with it.
 */
function runtimeConfig(): Plugin {
  const serve: Connect.NextHandleFunction = (req, res, next) => {
    if (req.url?.split('?')[0] !== '/config.json') return next();
    const json = process.env.EXAMPLE_CONFIG_JSON;
    res.statusCode = json ? 200 : 404;
    res.setHeader('Content-Type', 'application/json');
    res.setHeader('Cache-Control', 'no-store');
    res.end(
      json ?? JSON.stringify({ message: 'EXAMPLE_CONFIG_JSON is not set: run npm run example' }),
    );
  };
  return {
    name: 'profile-bff-runtime-config',
    configureServer: (server) => void server.middlewares.use(serve),
    configurePreviewServer: (server) => void server.middlewares.use(serve),
  };
}

export default defineConfig({
  plugins: [react(), runtimeConfig()],
  resolve: { alias: [{ find: /^@profile-bff\/client$/, replacement: CLIENT_SOURCE }] },
  // Amplify's bundles are large; the example is not tuned for size.
  build: { chunkSizeWarningLimit: 1024 },
});
