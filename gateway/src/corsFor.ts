import cors from 'cors';
import type { RequestHandler } from 'express';

const COMMON = {
  methods: ['GET', 'POST', 'OPTIONS'],
  allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name', 'x-zsgk-csrf'],
  exposedHeaders: ['Retry-After', 'Content-Disposition'],
  maxAge: 600,
};

/**
 * CORS with the maintained `cors` package: the web map's origins may call the gateway without
 * credentials; the staff console's origins with credentials (the refresh cookie on /auth). Any other
 * origin gets no CORS headers, so browsers refuse to hand it the answer.
 */
export function corsFor(origins: { publicOrigins: string[]; consoleOrigins: string[] }): RequestHandler {
  const publicOrigins = new Set(origins.publicOrigins);
  const consoleOrigins = new Set(origins.consoleOrigins);
  return cors((req, callback) => {
    const origin = req.headers.origin;
    if (origin && consoleOrigins.has(origin)) return callback(null, { ...COMMON, origin, credentials: true });
    if (origin && publicOrigins.has(origin)) return callback(null, { ...COMMON, origin, credentials: false });
    callback(null, { origin: false });
  });
}
