import { statSync } from 'node:fs';
import path from 'node:path';
import expressStaticGzip from 'express-static-gzip';
import type { ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';

/**
 * The Vite build with its precompressed twins (.br, .gz made at build by vite-plugin-compression2),
 * chosen by Accept-Encoding (brotli first) through express-static-gzip. That middleware lists the
 * compressed files once, when made, so it is made again whenever index.html changes: a rebuild
 * after the server started is served compressed without a restart.
 */
export function servePrecompressed(dist: string): RequestHandler {
  const indexFile = path.join(dist, 'index.html');
  let made: { mtimeMs: number; handler: RequestHandler } | null = null;
  const setHeaders = (res: ServerResponse, file: string) => {
    // Vite puts a content hash in every name under assets/; index.html must be revalidated.
    const hashed = path.relative(dist, file).startsWith(`assets${path.sep}`);
    res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
  };
  return (req, res, next) => {
    const mtimeMs = statSync(indexFile, { throwIfNoEntry: false })?.mtimeMs ?? 0;
    if (!made || made.mtimeMs !== mtimeMs) {
      made = {
        mtimeMs,
        handler: expressStaticGzip(dist, { enableBrotli: true, orderPreference: ['br', 'gzip'], serveStatic: { setHeaders } }) as unknown as RequestHandler,
      };
    }
    made.handler(req, res, next);
  };
}
