# One image recipe for every Node workspace: pick one with --target (schools, catchments, admissions, ledger,
# gateway, web-map, demo-load). docker-compose.yml builds each target from this file.
#
#   docker build -f docker/node.Dockerfile --target schools -t zsgk-schools .
#
# Stages: base → manifests (package.json files only) → deps (npm ci) → build (source, web-map bundle and
# `npm run build:server`: each server process as one JavaScript file, <workspace>/dist-server/main.js)
# → runtime (non-root, NODE_ENV=production) → one small stage per target (port, health check, command).
# Downloads: npm packages from the npm registry, and for the gateway image only Debian's chromium and
# fonts-noto-cjk (apt), which print the annual disclosure report's PDF (gateway/src/reports). Every
# native npm dependency (esbuild, rollup, swc) ships prebuilt in a registry package.

ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS base
WORKDIR /app
# No update checks, funding or audit calls from npm, in the build or at run time.
ENV NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false

# Only the root manifest, the lockfile and every workspace's package.json, at their paths. The stage
# itself re-runs on any source change, but its output changes only when a manifest does, so the
# `npm ci` layer below stays cached while code changes. A new workspace needs no edit here.
FROM base AS manifests
WORKDIR /src
COPY . .
RUN mkdir /manifests \
 && cp package.json package-lock.json /manifests/ \
 && find . -mindepth 2 -maxdepth 3 -name package.json -not -path '*/node_modules/*' \
      -exec cp --parents '{}' /manifests/ ';'

# All dependencies, dev ones included: esbuild (build:server) and vite (the web map) build here, and the
# one-shot demo-load still runs TypeScript through tsx.
FROM base AS deps
COPY --from=manifests /manifests/ ./
RUN npm ci --no-audit --no-fund --cache /tmp/npm-cache \
 && rm -rf /tmp/npm-cache

FROM deps AS build
COPY . .
RUN npm run build -w web-map \
 && npm run build:server

FROM base AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    NPM_CONFIG_CACHE=/tmp/.npm
# Files stay owned by root: the `node` user can read the code but not change it.
COPY --from=build /app /app
# The one place a service writes: the embedded token issuer's key (a volume in docker-compose).
RUN mkdir -p /var/lib/zsgk/gateway-keys && chown 1000:1000 /var/lib/zsgk/gateway-keys
# The base image's `node` user (uid/gid 1000), by number so that Kubernetes' runAsNonRoot can check it.
USER 1000:1000

FROM runtime AS schools
WORKDIR /app/services/schools
ENV SCHOOLS_PORT=4001
EXPOSE 4001
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.SCHOOLS_PORT||4001)+'/readyz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"]
CMD ["node", "--enable-source-maps", "dist-server/main.js"]

FROM runtime AS catchments
WORKDIR /app/services/catchments
ENV CATCHMENTS_PORT=4002
EXPOSE 4002
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.CATCHMENTS_PORT||4002)+'/readyz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"]
CMD ["node", "--enable-source-maps", "dist-server/main.js"]

FROM runtime AS admissions
WORKDIR /app/services/admissions
ENV ADMISSIONS_PORT=4003
EXPOSE 4003
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.ADMISSIONS_PORT||4003)+'/readyz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"]
CMD ["node", "--enable-source-maps", "dist-server/main.js"]

FROM runtime AS ledger
WORKDIR /app/services/ledger
ENV LEDGER_PORT=4004
EXPOSE 4004
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.LEDGER_PORT||4004)+'/readyz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"]
CMD ["node", "--enable-source-maps", "dist-server/main.js"]

FROM runtime AS gateway
# The annual report's PDF is printed by Debian's Chromium (playwright-core drives it; no browser download),
# with Noto CJK for the Chinese text.
USER root
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium fonts-noto-cjk \
 && rm -rf /var/lib/apt/lists/*
USER 1000:1000
WORKDIR /app/gateway
# The gateway's code sets this too; set here as well so no code path can construct ApolloGateway
# without it (it would otherwise report to Apollo and probe cloud metadata addresses).
ENV GATEWAY_PORT=4000 \
    GATEWAY_KEY_DIR=/var/lib/zsgk/gateway-keys \
    APOLLO_TELEMETRY_DISABLED=true
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.GATEWAY_PORT||4000)+'/readyz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"]
CMD ["node", "--enable-source-maps", "dist-server/main.js"]

FROM runtime AS web-map
WORKDIR /app/web-map
ENV WEB_MAP_PORT=8080
EXPOSE 8080
# Ready when it serves its page: `/` answers 503 while the bundle is missing (/healthz only says the
# process is alive). It has no database or upstream to wait for.
HEALTHCHECK --interval=10s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.WEB_MAP_PORT||8080)+'/').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"]
CMD ["node", "--enable-source-maps", "dist-server/main.js"]

# One-shot: loads the demo district through the three subgraphs (SCHOOLS_URL, CATCHMENTS_URL,
# ADMISSIONS_URL, IDENTITY_SECRET), then exits.
FROM runtime AS demo-load
WORKDIR /app
CMD ["npm", "run", "demo:load"]
