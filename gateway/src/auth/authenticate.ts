import { AppError } from '@zsgk/errors';
import type { Identity } from '@zsgk/identity';
import type { RequestHandler } from 'express';

/**
 * Verifies the bearer token before anything else reads the request; the identity goes to
 * res.locals.identity. An invalid token is refused with 401 (never silently treated as anonymous).
 */
export function authenticate(verifyToken: (authorization: string | undefined) => Promise<Identity>): RequestHandler {
  return async (req, res, next) => {
    try {
      res.locals.identity = await verifyToken(req.header('authorization'));
      next();
    } catch (error) {
      const known = error instanceof AppError && error.safe;
      if (!known) console.error('[gateway] token verification failed unexpectedly', error);
      res.status(401).setHeader('WWW-Authenticate', 'Bearer').json({
        errors: [
          {
            message: known ? error.message : 'The token could not be verified.',
            extensions: { code: 'UNAUTHENTICATED', field: 'authorization' },
          },
        ],
      });
    }
  };
}

/** The bulk-import route is for bureau users only; others are stopped before their body is read. */
export const requireBureauRoute: RequestHandler = (_req, res, next) => {
  const identity = res.locals.identity as Identity;
  if (identity.role === 'BUREAU') return next();
  const code = identity.role === 'PUBLIC' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
  res.status(code === 'UNAUTHENTICATED' ? 401 : 403).json({
    errors: [{ message: '导入与上传只对已登录的教育局工作人员开放（The import and upload routes are for signed-in bureau users）。', extensions: { code } }],
  });
};
