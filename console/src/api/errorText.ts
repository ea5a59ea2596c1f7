import { fieldLabel, messageFor } from '@zsgk/messages';
import { isApiError } from './ApiError';

/**
 * The sentence a page shows for a failed call: the catalogue's Chinese message for the error code
 * (@zsgk/messages), with the field named as the user sees it when the error names one (e.g.
 * 「差异说明」). Anything that is not an ApiError is a bug in the console and says so without internals.
 */
export function errorText(error: unknown): string {
  if (!isApiError(error)) return '工作台出错，请刷新页面后重试';
  const message = messageFor(error.code, 'zh-CN', error.details);
  const field = error.field && error.field !== 'id' && error.field !== 'input' ? fieldLabel(error.field) : null;
  return field ? `${message}（${field}）` : message;
}
