/** The languages the catalogue speaks; staff read zh-CN, English is for operators and logs. */
export type Lang = 'zh-CN' | 'en';

/** What an error's `extensions.details` may carry that a message can use (all optional). */
export type Details = Record<string, unknown> | undefined;

/** One code's message: fixed text, or text built from the error's details (e.g. minutes until retry). */
export type Message = string | ((details: Details) => string);

/**
 * Every error code a service or the gateway returns, in plain words a school clerk understands:
 * what happened and what to do. A code listed in any `errorCodes.ts` must be here (a test walks
 * them); the README says how to add one. Codes stay as they are: the console keys off them.
 */
export const errorMessages: Record<string, Record<Lang, Message>> = {
  // Shared by every service (packages/errors commonErrorCodes).
  BAD_USER_INPUT: {
    'zh-CN': '填写的内容有误，请按提示修改后再提交',
    en: 'Some of what was entered is not valid; correct it as shown and submit again.',
  },
  UNAUTHENTICATED: {
    'zh-CN': '尚未登录或登录已过期，请重新登录',
    en: 'You are not signed in, or your session has expired; sign in again.',
  },
  FORBIDDEN: {
    'zh-CN': '无权操作：该记录属于其他学校或区县，或您的账号不能执行此操作',
    en: 'Not allowed: the record belongs to another school or district, or your account may not do this.',
  },
  NOT_FOUND: {
    'zh-CN': '找不到该记录：可能编号有误，或记录已不存在',
    en: 'The record was not found: its number may be wrong, or it no longer exists.',
  },
  PAYLOAD_TOO_LARGE: {
    'zh-CN': (d) => `文件或提交的内容太大${limitZh(d)}；请拆分成几个文件分别导入`,
    en: (d) => `The file or request is too large${limitEn(d)}; split it into several files.`,
  },
  INTERNAL_SERVER_ERROR: {
    'zh-CN': (d) => `系统内部出错，请稍后重试；如仍出错，请把请求编号${requestId(d)}告诉系统管理员`,
    en: (d) => `Something went wrong in the system; try again later, and if it persists give the operator the request id${requestId(d)}.`,
  },
  // Services.
  CONFLICT: {
    'zh-CN': '与当前状态冲突：该记录已被其他人处理，或已有新版本发布；请刷新后按最新内容重试',
    en: 'This clashes with the current state: someone else acted on the record first, or a newer version was published; reload and try again.',
  },
  STILL_RUNNING: {
    'zh-CN': '正在计算，需要一些时间；完成后结果会自动显示，无需重复提交',
    en: 'Still being computed; the result will show when it is done, no need to ask again.',
  },
  TOO_MANY_REQUESTS: {
    'zh-CN': '同时进行的计算任务太多，请等当前任务完成后再试',
    en: 'Too many computations are running; try again when one has finished.',
  },
  SERVICE_UNAVAILABLE: {
    'zh-CN': (d) => `${serviceZh(d)}暂时无法访问，本次未保存任何内容；请稍后重试`,
    en: (d) => `${serviceEn(d)} cannot be reached right now; nothing was saved. Try again later.`,
  },
  SCHOOLS_UNAVAILABLE: {
    'zh-CN': '学校名册暂时无法访问，无法核对学校所属区县；本次未保存任何内容，请稍后重试',
    en: 'The school register cannot be reached, so the schools’ districts could not be checked; nothing was saved. Try again later.',
  },
  // Gateway.
  BAD_REQUEST: {
    'zh-CN': '请求格式有误，请刷新页面后重试',
    en: 'The request is malformed; reload the page and try again.',
  },
  QUERY_TOO_COMPLEX: {
    'zh-CN': '查询内容过多，请缩小范围后重试',
    en: 'The query asks for too much; narrow it and try again.',
  },
  RATE_LIMITED: {
    'zh-CN': (d) => `操作过于频繁，请${afterZh(d)}再试`,
    en: (d) => `Too many requests; try again ${afterEn(d)}.`,
  },
  GRAPHQL_VALIDATION_FAILED: {
    'zh-CN': '请求与系统接口不符，请刷新页面；如仍出错，请联系系统管理员',
    en: 'The request does not match the API; reload the page, and if it persists tell the operator.',
  },
  GRAPHQL_PARSE_FAILED: {
    'zh-CN': '请求无法识别，请刷新页面后重试',
    en: 'The request could not be read; reload the page and try again.',
  },
  PERSISTED_QUERY_NOT_FOUND: {
    'zh-CN': '请求需要重新发送，请重试',
    en: 'The request must be sent again; retry.',
  },
  SIGN_IN_FAILED: {
    'zh-CN': '用户名或密码错误',
    en: 'Wrong username or password.',
  },
  ACCOUNT_LOCKED: {
    'zh-CN': (d) => `密码连续输错次数过多，账号已暂时锁定；请${afterZh(d)}再登录`,
    en: (d) => `Too many wrong passwords: the account is locked for now; sign in again ${afterEn(d)}.`,
  },
  NOT_IMPLEMENTED: {
    'zh-CN': '此功能尚未开放',
    en: 'This feature is not available yet.',
  },
  METHOD_NOT_ALLOWED: {
    'zh-CN': '此地址只能读取，不能提交',
    en: 'This address is read-only.',
  },
};

/** Said when a code is not in the catalogue: the code itself, so the operator can look it up. */
export const unknownCodeMessage: Record<Lang, (code: string) => string> = {
  'zh-CN': (code) => `操作未能完成（错误代码 ${code}）；请稍后重试，如仍出错请联系系统管理员`,
  en: (code) => `The action could not be completed (error code ${code}); try again later, and tell the operator if it persists.`,
};

const SERVICES_ZH: Record<string, string> = { schools: '学校名册', catchments: '划片服务', admissions: '招生录取服务', ledger: '发布日志' };

function serviceZh(d: Details): string {
  const name = typeof d?.service === 'string' ? d.service : null;
  return name ? (SERVICES_ZH[name] ?? `服务 ${name} `) : '有一项服务';
}

function serviceEn(d: Details): string {
  return typeof d?.service === 'string' ? `The ${d.service} service` : 'A service';
}

function seconds(d: Details): number | null {
  const value = d?.retryAfterSeconds;
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.ceil(value) : null;
}

function afterZh(d: Details): string {
  const s = seconds(d);
  if (s === null) return '稍后';
  return s < 60 ? `在 ${s} 秒后` : `在 ${Math.ceil(s / 60)} 分钟后`;
}

function afterEn(d: Details): string {
  const s = seconds(d);
  if (s === null) return 'later';
  return s < 60 ? `in ${s} seconds` : `in ${Math.ceil(s / 60)} minutes`;
}

function limitBytes(d: Details): number | null {
  const value = d?.limitBytes ?? d?.limit;
  return typeof value === 'number' && value > 0 ? value : null;
}

function limitZh(d: Details): string {
  const bytes = limitBytes(d);
  return bytes === null ? '' : `（上限 ${megabytes(bytes)} MB）`;
}

function limitEn(d: Details): string {
  const bytes = limitBytes(d);
  return bytes === null ? '' : ` (limit ${megabytes(bytes)} MB)`;
}

function megabytes(bytes: number): string {
  return String(Math.round((bytes / 1024 / 1024) * 10) / 10);
}

function requestId(d: Details): string {
  return typeof d?.requestId === 'string' ? ` ${d.requestId} ` : '';
}
