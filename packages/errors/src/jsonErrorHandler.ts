import type { ErrorRequestHandler } from 'express';

/**
 * Last express middleware of every server: body-parser and other HTTP-level failures become JSON
 * GraphQL errors with a code (413 PAYLOAD_TOO_LARGE, 400 BAD_REQUEST), never HTML pages or stack traces.
 */
export const jsonErrorHandler: ErrorRequestHandler = (error, _req, res, _next) => {
  const status = typeof error?.status === 'number' ? error.status : 500;
  const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
  const message =
    status === 413
      ? `Request body is larger than the limit (${error.limit} bytes).`
      : status < 500
        ? `Malformed request: ${error.message}`
        : 'Internal error.';
  if (status >= 500) console.error('[error]', error);
  if (res.headersSent) return;
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
};
