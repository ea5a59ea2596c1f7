import { readdirSync } from 'node:fs';
import path from 'node:path';
import { errorMessages } from './errorMessages';
import { hasMessage, messageFor } from './messageFor';

const ROOT = path.resolve(__dirname, '../../..');

/** Every errorCodes.ts / commonErrorCodes.ts in the repository's own code (not node_modules). */
function codeFiles(dir = ROOT): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name.startsWith('.') || entry.name === 'dist') return [];
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return codeFiles(full);
    return /^(common)?[eE]rrorCodes\.ts$/.test(entry.name) ? [full] : [];
  });
}

/** The codes each file lists: the keys of every object it exports. */
function codesOf(file: string): string[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exported = require(file) as Record<string, unknown>;
  return Object.values(exported).flatMap((value) => (value && typeof value === 'object' ? Object.keys(value) : []));
}

/** Codes the contract and the upload routes name that may not be in a code list yet. */
const CONTRACT_CODES = ['SIGN_IN_FAILED', 'ACCOUNT_LOCKED', 'PAYLOAD_TOO_LARGE', 'BAD_REQUEST'];

describe('messageFor', () => {
  const files = codeFiles();

  it('when the repository is searched, then the code lists of every service, the gateway and packages/errors are found', () => {
    const relative = files.map((f) => path.relative(ROOT, f));
    expect(relative).toEqual(
      expect.arrayContaining([
        'gateway/src/errorCodes.ts',
        'packages/errors/src/commonErrorCodes.ts',
        'services/schools/src/errorCodes.ts',
        'services/catchments/src/errorCodes.ts',
        'services/admissions/src/errorCodes.ts',
        'services/ledger/src/errorCodes.ts',
      ]),
    );
  });

  it('when every code list is read, then each code has a Chinese and an English message (names the ones missing)', () => {
    const missing = files.flatMap((file) => codesOf(file).filter((code) => !hasMessage(code)).map((code) => `${code} (${path.relative(ROOT, file)})`));
    const contract = CONTRACT_CODES.filter((code) => !hasMessage(code));
    expect([...missing, ...contract]).toEqual([]);
  });

  it('when a Chinese message is asked for, then it is Chinese: no English sentence leaks through', () => {
    const english = Object.keys(errorMessages).filter((code) => !/[\u4e00-\u9fff]/.test(messageFor(code)) || /\b(the|is|not|must)\b/i.test(messageFor(code)));
    expect(english).toEqual([]);
  });

  it('when no language is given, then the message is the Chinese one', () => {
    expect(messageFor('FORBIDDEN')).toBe('无权操作：该记录属于其他学校或区县，或您的账号不能执行此操作');
    expect(messageFor('SIGN_IN_FAILED')).toBe('用户名或密码错误');
    expect(messageFor('SIGN_IN_FAILED', 'en')).toBe('Wrong username or password.');
  });

  it('when an account is locked for 90 seconds, then the clerk is told to come back in 2 minutes', () => {
    expect(messageFor('ACCOUNT_LOCKED', 'zh-CN', { retryAfterSeconds: 90 })).toContain('请在 2 分钟后再登录');
    expect(messageFor('ACCOUNT_LOCKED', 'en', { retryAfterSeconds: 30 })).toContain('in 30 seconds');
    expect(messageFor('ACCOUNT_LOCKED')).toContain('请稍后再登录');
  });

  it('when details name the service or the limit, then the message says them', () => {
    expect(messageFor('SERVICE_UNAVAILABLE', 'zh-CN', { service: 'schools' })).toMatch(/^学校名册暂时无法访问/);
    expect(messageFor('SERVICE_UNAVAILABLE', 'zh-CN', { service: 'mystery' })).toMatch(/^服务 mystery 暂时无法访问/);
    expect(messageFor('PAYLOAD_TOO_LARGE', 'zh-CN', { limitBytes: 10 * 1024 * 1024 })).toContain('（上限 10 MB）');
    expect(messageFor('INTERNAL_SERVER_ERROR', 'zh-CN', { requestId: 'ab12cd34' })).toContain('请求编号 ab12cd34 ');
  });

  it('when a code is unknown (or names a property of every object), then the message still names the code', () => {
    expect(messageFor('NO_SUCH_CODE')).toContain('错误代码 NO_SUCH_CODE');
    expect(messageFor('toString')).toContain('错误代码 toString');
    expect(messageFor('NO_SUCH_CODE', 'en')).toContain('error code NO_SUCH_CODE');
  });
});
