import { describe, expect, it } from '@jest/globals';
import { ApiError } from './ApiError';
import { errorText } from './errorText';

describe('errorText', () => {
  it('when the account is locked, then the message says how many minutes to wait', () => {
    const error = new ApiError(423, [{ message: 'locked', extensions: { code: 'ACCOUNT_LOCKED', details: { retryAfterSeconds: 60 } } }]);
    expect(errorText(error)).toBe('密码连续输错次数过多，账号已暂时锁定；请在 1 分钟后再登录');
  });

  it('when input is refused at a field, then the field is named as the clerk sees it', () => {
    const error = new ApiError(200, [{ message: 'explanation is required: admitted (265) differs from plannedSeats (270)', extensions: { code: 'BAD_USER_INPUT', field: 'input.explanation' } }]);
    expect(errorText(error)).toMatch(/^填写的内容有误.*（差异说明）$/);
  });

  it('when sign-in fails, then no field is added to the message', () => {
    const error = new ApiError(401, [{ message: '用户名或密码错误', extensions: { code: 'SIGN_IN_FAILED', field: 'password' } }]);
    expect(errorText(error)).not.toContain('（');
  });

  it('when the error is not from the gateway, then it says the console failed, without internals', () => {
    expect(errorText(new TypeError('x is undefined'))).toBe('工作台出错，请刷新页面后重试');
  });
});
