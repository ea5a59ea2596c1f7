import { fieldLabel, messageFor, translateReason } from '@zsgk/messages';
import { isApiError } from './ApiError';

const CHINESE = /[\u4e00-\u9fff]/;

/**
 * The sentence a page shows for a failed call: the catalogue's Chinese message for the error code
 * (@zsgk/messages, with details such as the minutes to wait of ACCOUNT_LOCKED). For BAD_USER_INPUT it
 * adds the field as the user sees it (e.g. 「差异说明」) and the service's reason where the catalogue
 * can say it in Chinese. Anything that is not an ApiError is a bug in the console and says so without
 * internals.
 */
export function errorText(error: unknown): string {
  if (!isApiError(error)) return '工作台出错，请刷新页面后重试';
  const message = messageFor(error.code, 'zh-CN', error.details);
  if (error.code !== 'BAD_USER_INPUT') return message;
  const field = error.field && error.field !== 'input' ? fieldLabel(error.field) : null;
  const problems = error.details?.problems as { reason?: string }[] | undefined;
  const reason = translateReason(problems?.[0]?.reason ?? error.message);
  const said = [field, CHINESE.test(reason) ? reason : null].filter(Boolean).join('：');
  return said ? `${message}（${said}）` : message;
}
