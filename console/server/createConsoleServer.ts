import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { ConsoleConfig } from '../src/api/ConsoleConfig';
import type { ConsoleServerConfig } from './config';
import { contentSecurityPolicy } from './contentSecurityPolicy';

export const NOT_BUILT_MESSAGE =
  '工作台页面尚未构建。请运行 npm run build -w console 后刷新。\n' +
  'The console has not been built: run `npm run build -w console`, then reload.\n';

const NONCE_PLACEHOLDER = '__CSP_NONCE__';

/**
 * Builds (does not listen) the app serving the Vite build, /config.json and /healthz. Every page path
 * answers index.html (the console routes in the browser), with a fresh CSP nonce written into it.
 */
export function createConsoleServer(config: ConsoleServerConfig): Express {
  const app = express();
  app.disable('x-powered-by');
  const publicConfig: ConsoleConfig = { gatewayUrl: config.GATEWAY_PUBLIC_URL, oidcSignIn: config.CONSOLE_OIDC_SIGN_IN };
  const indexFile = path.join(config.CONSOLE_DIST, 'index.html');
  let index: { mtimeMs: number; html: string } | null = null;
  // Read again when the build changes, so building after the server started needs no restart.
  const indexHtml = (): string | null => {
    if (!existsSync(indexFile)) return null;
    const { mtimeMs } = statSync(indexFile);
    if (index?.mtimeMs !== mtimeMs) index = { mtimeMs, html: readFileSync(indexFile, 'utf8') };
    return index.html;
  };

  app.use((_req, res, next) => {
    const nonce = randomBytes(16).toString('base64');
    res.locals.nonce = nonce;
    res.set({
      'Content-Security-Policy': contentSecurityPolicy(config, nonce),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
    next();
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', service: 'console' });
  });

  app.get('/config.json', (_req, res) => {
    res.set('Cache-Control', 'no-cache').json(publicConfig);
  });

  app.use(
    '/assets',
    express.static(path.join(config.CONSOLE_DIST, 'assets'), {
      fallthrough: false,
      // Vite puts a content hash in every name under assets/.
      setHeaders: (res) => res.set('Cache-Control', 'public, max-age=31536000, immutable'),
    }),
  );

  // Pages: any GET that is not a file (no dot in the last segment) is the console's index.html.
  app.get(/^\/(?:[^.]*|index\.html)$/, (_req, res) => {
    const html = indexHtml();
    if (!html) return res.status(503).type('text/plain; charset=utf-8').send(NOT_BUILT_MESSAGE);
    res.set('Cache-Control', 'no-store').type('html').send(html.replaceAll(NONCE_PLACEHOLDER, String(res.locals.nonce)));
  });

  app.use(express.static(config.CONSOLE_DIST, { index: false, setHeaders: (res) => res.set('Cache-Control', 'no-cache') }));

  // Our own 404 and 500: express's default handler replaces the headers above with its own CSP.
  app.use((_req, res) => {
    res.status(404).type('text/plain; charset=utf-8').send('没有这个页面。Not found.\n');
  });
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = (error as { status?: number }).status;
    if (status === 404) return res.status(404).type('text/plain; charset=utf-8').send('没有这个文件。Not found.\n');
    console.error('[console] request failed:', error);
    res.status(500).type('text/plain; charset=utf-8').send('服务器出错，请稍后重试。Internal error.\n');
  });

  return app;
}
