# syntax=docker/dockerfile:1
# profile-bff production image.
#  - multi-stage: compile with dev dependencies, ship production dependencies only
#    (`npm ci --omit=dev`: no cognito-local / aws-sdk v2, no test tooling);
#  - runs as the unprivileged `node` user; the app writes nothing to disk;
#  - SIGTERM drains in-flight requests (SHUTDOWN_TIMEOUT_MS, default 10 s), then exits 0:
#    give the orchestrator a longer grace period than that.
# Node 24 (LTS): Node 20 reached its end of life in April 2026, and AWS SDK releases after
# the first week of January 2027 need Node >= 22.
ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json nest-cli.json ./
COPY src ./src
RUN npm run build

FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

FROM ${NODE_IMAGE}
# The heap cap keeps peak RSS under ~150 MB at full load (see bench/README.md); raise it with
# ATTRIBUTES_CACHE_MAX_ENTRIES (~1.8 KB per cached user).
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 NODE_OPTIONS="--max-old-space-size=96 --max-semi-space-size=8"
WORKDIR /app
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY config ./config
USER node
# 3000: the API; 9464: /metrics when METRICS_PORT=9464 (keep it off the public network).
EXPOSE 3000 9464
STOPSIGNAL SIGTERM
# Liveness only (never dependencies). With TLS_CERT_FILE set, probe over https from the
# orchestrator instead, or override this check.
HEALTHCHECK --interval=15s --timeout=3s --start-period=10s \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health/live').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/main.js"]
