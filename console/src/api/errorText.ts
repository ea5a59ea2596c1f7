import { isApiError } from './ApiError';

/**
 * The sentence a page shows for a failed call: the gateway's message, with the field named as the
 * user sees it when the error names one. Anything that is not an ApiError is a bug in the console and
 * says so without internals.
 */
export function errorText(error: unknown): string {
  if (!isApiError(error)) return '工作台出错，请刷新页面后重试';
  return error.message;
}
