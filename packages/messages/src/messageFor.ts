import { errorMessages, unknownCodeMessage, type Details, type Lang } from './errorMessages';

/**
 * The message to show for an error code, in Chinese unless English is asked for. `details` is the
 * error's `extensions.details` (e.g. `retryAfterSeconds` of ACCOUNT_LOCKED, `service` of
 * SERVICE_UNAVAILABLE); the gateway's INTERNAL_SERVER_ERROR puts `requestId` in `extensions`, pass
 * that too. An unknown code still gives a sentence naming the code.
 *
 * @example messageFor('ACCOUNT_LOCKED', 'zh-CN', { retryAfterSeconds: 120 }) // '密码连续输错次数过多，账号已暂时锁定；请在 2 分钟后再登录'
 */
export function messageFor(code: string, lang: Lang = 'zh-CN', details?: Record<string, unknown>): string {
  const message = Object.hasOwn(errorMessages, code) ? errorMessages[code]![lang] : undefined;
  if (message === undefined) return unknownCodeMessage[lang](code);
  return typeof message === 'function' ? message(details as Details) : message;
}

/** Whether the catalogue has a message for the code in both languages. */
export function hasMessage(code: string): boolean {
  const entry = Object.hasOwn(errorMessages, code) ? errorMessages[code] : undefined;
  return Boolean(entry?.['zh-CN'] && entry.en);
}
