import type { ApiError } from '../../api';

/** "请在 N 分钟后再试" from ACCOUNT_LOCKED's retryAfterSeconds, in whole minutes (seconds under one). */
export function lockoutText(error: ApiError): string {
  const seconds = Number(error.details?.retryAfterSeconds);
  if (!Number.isFinite(seconds) || seconds <= 0) return error.message;
  const wait = seconds < 60 ? `${Math.ceil(seconds)} 秒` : `${Math.ceil(seconds / 60)} 分钟`;
  return `密码连续输错次数过多，账号已暂时锁定，请在 ${wait}后再登录。`;
}
