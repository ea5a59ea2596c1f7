import { AppError } from '@zsgk/errors';
import type { Response } from 'express';

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  SIGN_IN_FAILED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  ACCOUNT_LOCKED: 423,
  SERVICE_UNAVAILABLE: 503,
};

/** Answers an error in the project's JSON error shape; anything but a safe AppError is logged and hidden. */
export function sendError(res: Response, error: unknown): void {
  if (!(error instanceof AppError) || !error.safe) {
    console.error('[gateway] accounts route failed', error);
    res.status(500).json({ errors: [{ message: '服务器内部错误，请稍后再试', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    return;
  }
  const retryAfter = error.details?.retryAfterSeconds;
  if (typeof retryAfter === 'number') res.setHeader('Retry-After', String(retryAfter));
  if (error.code === 'UNAUTHENTICATED' && error.path === 'authorization') res.setHeader('WWW-Authenticate', 'Bearer');
  res.status(STATUS[error.code] ?? 500).json({
    errors: [{ message: error.message, extensions: { code: error.code, ...(error.path ? { field: error.path } : {}), ...(error.details ? { details: error.details } : {}) } }],
  });
}
