import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { PublicConfig } from '../src/PublicConfig';
import type { WebMapConfig } from './config';
import { contentSecurityPolicy } from './contentSecurityPolicy';
import { openDataRouter } from './openData/openDataRouter';
import { OpenDataStore } from './openData/OpenDataStore';
import { createPublicApi } from './openData/PublicApi';
import { servePrecompressed } from './servePrecompressed';

export const NOT_BUILT_MESSAGE =
  '地图页面尚未构建。请运行 npm run build -w web-map 后刷新。\n' +
  'The web map has not been built: run `npm run build -w web-map`, then reload.\n';

/** Builds (does not listen) the app serving the Vite build, /config.json, /healthz and /open-data. */
export function createWebMapServer(config: WebMapConfig): Express {
  const app = express();
  app.disable('x-powered-by');
  const csp = contentSecurityPolicy(config);
  const publicConfig: PublicConfig = {
    gatewayUrl: config.GATEWAY_PUBLIC_URL,
    tileUrl: config.TILE_URL,
    tileAttribution: config.TILE_ATTRIBUTION,
    districtCode: config.DEMO_DISTRICT_CODE,
  };
  const indexFile = path.join(config.WEB_MAP_DIST, 'index.html');

  app.use((_req, res, next) => {
    res.set({
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
    next();
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', service: 'web-map' });
  });

  app.get('/config.json', (_req, res) => {
    res.set('Cache-Control', 'no-cache').json(publicConfig);
  });

  const openData = new OpenDataStore(
    createPublicApi(config.GATEWAY_INTERNAL_URL ?? config.GATEWAY_PUBLIC_URL, config.OPEN_DATA_TIMEOUT_MS),
    { text: config.OPEN_DATA_LICENCE, url: config.OPEN_DATA_LICENCE_URL },
    config.OPEN_DATA_HEAD_TTL_MS,
  );
  app.use(openDataRouter(openData, { maxAgeSeconds: config.OPEN_DATA_MAX_AGE_SECONDS, gatewayPublicUrl: config.GATEWAY_PUBLIC_URL }));

  // Checked per request, so building after the server started needs no restart.
  app.get(['/', '/index.html', '/open-data', '/open-data.html'], (req, res, next) => {
    if (!existsSync(indexFile)) {
      res.status(503).type('text/plain; charset=utf-8').send(NOT_BUILT_MESSAGE);
      return;
    }
    // The open-data page is the build's open-data.html (a second Vite entry).
    if (req.path === '/open-data') req.url = '/open-data.html';
    next();
  });

  app.use(servePrecompressed(config.WEB_MAP_DIST));

  // Our own 404 and 500: express's default handler replaces the headers above with its own CSP.
  app.use((_req, res) => {
    res.status(404).type('text/plain; charset=utf-8').send('没有这个页面。Not found.\n');
  });
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    console.error('[web-map] request failed:', error);
    res.status(500).type('text/plain; charset=utf-8').send('服务器出错，请稍后重试。Internal error.\n');
  });

  return app;
}
