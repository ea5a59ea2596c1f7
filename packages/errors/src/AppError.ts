/**
 * The one error class of the project. Every error a user may see is an AppError with a code from a
 * service's code list; anything else reaches the client as INTERNAL_SERVER_ERROR.
 *
 * `safe` says whether `message` may be shown to the caller as is. `path` names the argument or field
 * that was wrong (e.g. `rows[3].districtCode`), so the caller can find it.
 */
export interface AppErrorOptions {
  /** Field or argument path that was wrong, e.g. `input.rows[3].phone`. */
  path?: string;
  /** Whether the message is safe to show to the caller. Defaults to true. */
  safe?: boolean;
  /** Underlying error, for the log only. */
  cause?: unknown;
  /** Extra details for the client (e.g. a per-row report). Must be safe to show. */
  details?: Record<string, unknown>;
}

export class AppError extends Error {
  readonly code: string;
  readonly path: string | undefined;
  readonly safe: boolean;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: string, message: string, options: AppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.path = options.path;
    this.safe = options.safe ?? true;
    this.details = options.details;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
