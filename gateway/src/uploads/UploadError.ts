/**
 * A refusal of an upload before any import runs (no file, unreadable file, crs to be chosen …):
 * answered with `status` and the project's JSON error shape; the message is Chinese.
 */
export class UploadError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'UploadError';
  }

  toBody() {
    return { errors: [{ message: this.message, extensions: { code: this.code, ...(this.field ? { field: this.field } : {}), ...(this.details ? { details: this.details } : {}) } }] };
  }
}
