import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startSystem } from '../../test/support/startSystem';

/**
 * The embedded account directory through real HTTP on the in-process system (four subgraphs, the
 * gateway, a fresh gateway database): sign-in, lockout, refresh rotation and reuse, sign-out,
 * password change, the bureau's account administration, CORS for the console, and the audit log.
 */
const YANZHOU = '370812';
const RENCHENG = '370811';
const YZ_SCHOOL = '3708120001';
const RC_SCHOOL = '3708110001';
const CONSOLE = 'http://localhost:8081';
const WEB_MAP = 'http://localhost:8080';
const PASSWORD = 'Zhaosheng-2026';

let system: Awaited<ReturnType<typeof startSystem>>;
let base: string;

interface Answer {
  status: number;
  body: any;
  headers: Headers;
  /** The refresh cookie set by the answer ('' when cleared), undefined when untouched. */
  refresh: string | undefined;
  setCookie: string[];
}

async function call(method: string, route: string, options: { body?: unknown; token?: string; cookie?: string; csrf?: boolean; origin?: string } = {}): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.cookie) headers.cookie = `zsgk_refresh=${options.cookie}`;
  if (options.csrf) headers['x-zsgk-csrf'] = '1';
  if (options.origin) headers.origin = options.origin;
  const res = await fetch(`${base}${route}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  const text = await res.text();
  const setCookie = res.headers.getSetCookie();
  const refresh = setCookie.map((c) => /^zsgk_refresh=([^;]*)/.exec(c)?.[1]).find((v) => v !== undefined);
  return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers, refresh, setCookie };
}

const signIn = (username: string, password = PASSWORD) => call('POST', '/auth/sign-in', { body: { username, password } });
const refresh = (cookie: string | undefined) => call('POST', '/auth/refresh', { cookie, csrf: true });
const code = (answer: Answer) => answer.body?.errors?.[0]?.extensions?.code;
async function graphql(query: string, token: string) {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) });
  return (await res.json()) as { data?: any; errors?: any[] };
}

async function registerSchool(districtCode: string, schoolId: string) {
  const officer = await system.token({ role: 'BUREAU', subject: `setup-${districtCode}`, districtCode });
  const reviewer = await system.token({ role: 'BUREAU', subject: `setup-reviewer-${districtCode}`, districtCode });
  const ok = async (query: string, variables: Record<string, unknown>, token: string) => {
    const res = await system.gateway.request(query, variables, undefined, { authorization: `Bearer ${token}` });
    if (res.errors?.length) throw new Error(JSON.stringify(res.errors));
    return Object.values(res.data!)[0] as any;
  };
  const all = JSON.parse(readFileSync(path.join(__dirname, '../../data/district-boundaries/jining-370800-gcj02.geojson'), 'utf8'));
  const feature = all.features.find((f: any) => String(f.properties.adcode) === districtCode);
  const boundary = await ok(
    'mutation($input: DistrictImportInput!) { importDistrictBoundary(input: $input) { review { id } } }',
    { input: { districtCode, crs: 'GCJ02', contact: { department: '教育局', enquiryPhone: '0537-3412345' }, content: JSON.stringify({ type: 'FeatureCollection', features: [feature] }) } },
    officer,
  );
  await ok('mutation($id: ID!) { approveCatchmentChange(id: $id) { id } }', { id: boundary.review.id }, reviewer);
  const inside = districtCode === YANZHOU ? { lng: 116.79, lat: 35.55 } : { lng: 116.59, lat: 35.41 };
  const created = await ok(
    'mutation($input: SchoolInput!) { createSchool(input: $input) { change { id } } }',
    { input: { id: schoolId, name: `测试学校${schoolId.slice(-4)}`, stages: ['PRIMARY'], ownership: 'PUBLIC', districtCode, address: '建设路1号', location: inside, enquiryPhone: '0537-3412345', supervisionPhone: '0537-3419999', petitionAddress: '教育局信访室' } },
    officer,
  );
  await ok('mutation($id: ID!) { approveRegisterChange(id: $id) { id } }', { id: created.change.id }, reviewer);
}

beforeAll(async () => {
  system = await startSystem({ consoleOrigins: [CONSOLE], allowedOrigins: [WEB_MAP] });
  base = system.gatewayBaseUrl;
  await registerSchool(YANZHOU, YZ_SCHOOL);
  await registerSchool(RENCHENG, RC_SCHOOL);
  await system.seedAccounts([
    { username: 'yz-officer', displayName: '王科长', role: 'BUREAU', districtCode: YANZHOU, password: PASSWORD },
    { username: 'rc-officer', displayName: '李科长', role: 'BUREAU', districtCode: RENCHENG, password: PASSWORD },
    { username: 'locked-clerk', displayName: '赵老师', role: 'BUREAU', districtCode: YANZHOU, password: PASSWORD },
    { username: 'changer', displayName: '钱老师', role: 'BUREAU', districtCode: YANZHOU, password: PASSWORD },
  ]);
}, 120_000);

afterAll(async () => {
  await system?.stop();
});

describe('sign-in', () => {
  it('when an officer signs in with the right password, then the access token works on /graphql as a bureau of that district, and the refresh cookie is HttpOnly, SameSite=Strict on /auth', async () => {
    const answer = await signIn('YZ-Officer');
    expect(answer.status).toBe(200);
    expect(answer.body.account).toEqual(expect.objectContaining({ username: 'yz-officer', displayName: '王科长', role: 'BUREAU', districtCode: YANZHOU, schoolId: null, disabled: false }));
    expect(answer.body.account).not.toHaveProperty('passwordHash');
    expect(Date.parse(answer.body.expiresAt) - Date.now()).toBeGreaterThan(14 * 60_000);
    const cookie = answer.setCookie.find((c) => c.startsWith('zsgk_refresh='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/auth/);
    expect(cookie).not.toMatch(/Secure/);

    const own = await graphql(`{ registerChanges(districtCode: "${YANZHOU}") { id } }`, answer.body.accessToken);
    expect(own.errors).toBeUndefined();
    const other = await graphql(`{ registerChanges(districtCode: "${RENCHENG}") { id } }`, answer.body.accessToken);
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const me = await call('GET', '/auth/me', { token: answer.body.accessToken });
    expect(me.body.account.lastSignInAt).not.toBeNull();
  });

  it('when the password is wrong or the username unknown, then both answer 401 SIGN_IN_FAILED with the same message', async () => {
    const wrong = await signIn('yz-officer', 'not-the-password');
    const unknown = await signIn('nobody-here', PASSWORD);
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect([code(wrong), code(unknown)]).toEqual(['SIGN_IN_FAILED', 'SIGN_IN_FAILED']);
    expect(wrong.body.errors[0].message).toBe('用户名或密码错误');
    expect(unknown.body.errors[0].message).toBe(wrong.body.errors[0].message);
    expect(wrong.refresh).toBeUndefined();
  });

  it('when the body is not what sign-in needs, then 400 BAD_USER_INPUT names the field in Chinese', async () => {
    const answer = await call('POST', '/auth/sign-in', { body: { username: 'yz-officer' } });
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0]).toEqual({ message: '缺少密码', extensions: { code: 'BAD_USER_INPUT', field: 'password' } });
  });

  it('when an account fails 5 times in a row, then it is locked (423 with Retry-After), the right password is refused while locked, and the next lock is twice as long', async () => {
    for (let i = 1; i <= 4; i += 1) expect(code(await signIn('locked-clerk', `wrong-${i}`))).toBe('SIGN_IN_FAILED');
    const fifth = await signIn('locked-clerk', 'wrong-5');
    expect(fifth.status).toBe(423);
    expect(code(fifth)).toBe('ACCOUNT_LOCKED');
    expect(fifth.body.errors[0].message).toMatch(/账号已锁定，请于北京时间 \d\d:\d\d:\d\d 后（约 1 分钟后）再试/);
    expect(fifth.body.errors[0].extensions.details.retryAfterSeconds).toBeGreaterThan(55);
    expect(Number(fifth.headers.get('retry-after'))).toBeGreaterThan(55);

    const right = await signIn('locked-clerk');
    expect(right.status).toBe(423);
    expect(right.body.accessToken).toBeUndefined();

    // The lock runs out (as if a minute had passed); one more failure locks for two minutes.
    await system.databases.gateway.connection.collection('accounts').updateOne({ _id: 'locked-clerk' as never }, { $set: { lockedUntil: new Date(Date.now() - 1000) } });
    const sixth = await signIn('locked-clerk', 'wrong-6');
    expect(sixth.status).toBe(423);
    expect(sixth.body.errors[0].extensions.details.retryAfterSeconds).toBeGreaterThan(115);
    expect(sixth.body.errors[0].extensions.details.retryAfterSeconds).toBeLessThanOrEqual(120);
  });
});

describe('refresh and sign-out', () => {
  it('when refresh comes without the CSRF header or from an origin that is not the console, then it is refused and the session still works', async () => {
    const { refresh: cookie } = await signIn('yz-officer');
    const bare = await call('POST', '/auth/refresh', { cookie });
    expect(bare.status).toBe(403);
    expect(bare.body.errors[0].extensions).toEqual({ code: 'FORBIDDEN', field: 'x-zsgk-csrf' });
    const foreign = await call('POST', '/auth/refresh', { cookie, csrf: true, origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect((await call('POST', '/auth/refresh', { cookie, csrf: true, origin: CONSOLE })).status).toBe(200);
  });

  it('when a refresh token is used, then it is rotated; when the old one is used again, then the whole sign-in is revoked and audited', async () => {
    const first = (await signIn('yz-officer')).refresh!;
    const rotated = await refresh(first);
    expect(rotated.status).toBe(200);
    expect(rotated.body.account.username).toBe('yz-officer');
    expect(rotated.body.accessToken).toEqual(expect.any(String));
    const second = rotated.refresh!;
    expect(second).not.toBe(first);

    const reused = await refresh(first);
    expect(reused.status).toBe(401);
    expect(code(reused)).toBe('UNAUTHENTICATED');
    expect(reused.refresh).toBe('');
    // The thief's copy and the owner's current token are both dead now.
    expect((await refresh(second)).status).toBe(401);
  });

  it('when there is no cookie or an unknown one, then refresh answers 401 UNAUTHENTICATED', async () => {
    expect(code(await refresh(undefined))).toBe('UNAUTHENTICATED');
    expect((await refresh('made-up-token')).status).toBe(401);
  });

  it('when an officer signs out, then the cookie is cleared and its refresh token no longer works', async () => {
    const cookie = (await signIn('yz-officer')).refresh!;
    expect((await call('POST', '/auth/sign-out', { cookie })).status).toBe(403);
    const out = await call('POST', '/auth/sign-out', { cookie, csrf: true });
    expect(out.status).toBe(204);
    expect(out.refresh).toBe('');
    expect((await refresh(cookie)).status).toBe(401);
  });
});

describe('password change', () => {
  it('when the current password is wrong or the new one too short or the username, then it is refused naming the field', async () => {
    const { body } = await signIn('changer');
    const wrong = await call('POST', '/auth/password', { token: body.accessToken, body: { currentPassword: 'nope', newPassword: 'Another-pass-1' } });
    expect([wrong.status, wrong.body.errors[0].extensions.field]).toEqual([400, 'currentPassword']);
    const short = await call('POST', '/auth/password', { token: body.accessToken, body: { currentPassword: PASSWORD, newPassword: 'short' } });
    expect(short.body.errors[0]).toEqual({ message: '新密码至少需要 10 个字符', extensions: { code: 'BAD_USER_INPUT', field: 'newPassword' } });
    const same = await call('POST', '/auth/password', { token: body.accessToken, body: { currentPassword: PASSWORD, newPassword: 'Changer' } });
    expect(same.body.errors[0].extensions.field).toBe('newPassword');
  });

  it('when an officer changes the password, then the old one stops working, the other sign-ins end and this one continues', async () => {
    const elsewhere = (await signIn('changer')).refresh!;
    const here = await signIn('changer');
    const changed = await call('POST', '/auth/password', { token: here.body.accessToken, cookie: here.refresh, body: { currentPassword: PASSWORD, newPassword: 'Another-pass-1' } });
    expect(changed.status).toBe(204);
    expect(code(await signIn('changer'))).toBe('SIGN_IN_FAILED');
    expect((await refresh(elsewhere)).status).toBe(401);
    expect((await refresh(here.refresh)).status).toBe(200);
    expect((await signIn('changer', 'Another-pass-1')).status).toBe(200);
  });
});

describe('account administration', () => {
  let officer: string;
  beforeAll(async () => {
    officer = (await signIn('yz-officer')).body.accessToken;
  });

  it("when the bureau creates an account for a school of its district, then it gets the school's name and district, and the school signs in as that school", async () => {
    const created = await call('POST', '/auth/accounts', { token: officer, body: { username: 'yz-school', displayName: '孙校长', role: 'SCHOOL', schoolId: YZ_SCHOOL, password: PASSWORD } });
    expect(created.status).toBe(201);
    expect(created.body.account).toEqual(expect.objectContaining({ username: 'yz-school', role: 'SCHOOL', districtCode: YANZHOU, schoolId: YZ_SCHOOL, schoolName: '测试学校0001', lastSignInAt: null }));

    const school = await signIn('yz-school');
    expect(school.status).toBe(200);
    const asSchool = await graphql(`{ registerChanges(districtCode: "${YANZHOU}") { id } }`, school.body.accessToken);
    expect(asSchool.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const refused = await call('GET', '/auth/accounts', { token: school.body.accessToken });
    expect([refused.status, code(refused)]).toEqual([403, 'FORBIDDEN']);
    expect(code(await call('POST', '/auth/accounts', { token: school.body.accessToken, body: { username: 'sneaky', displayName: 'x', role: 'BUREAU', password: PASSWORD } }))).toBe('FORBIDDEN');
  });

  it("when the bureau creates an account for another district's school, then it is FORBIDDEN naming school and district", async () => {
    const answer = await call('POST', '/auth/accounts', { token: officer, body: { username: 'rc-school', displayName: '周校长', role: 'SCHOOL', schoolId: RC_SCHOOL, password: PASSWORD } });
    expect(answer.status).toBe(403);
    expect(answer.body.errors[0].message).toBe(`学校 ${RC_SCHOOL} 未在本区（${YANZHOU}）登记，不能为其创建账号`);
    expect(answer.body.errors[0].extensions).toEqual(expect.objectContaining({ code: 'FORBIDDEN', field: 'schoolId' }));
    expect((await signIn('rc-school')).status).toBe(401);
  });

  it('when the username is taken or the input malformed, then CONFLICT or BAD_USER_INPUT', async () => {
    const taken = await call('POST', '/auth/accounts', { token: officer, body: { username: 'RC-Officer', displayName: '重名', role: 'BUREAU', password: PASSWORD } });
    expect([taken.status, code(taken)]).toEqual([409, 'CONFLICT']);
    const noSchool = await call('POST', '/auth/accounts', { token: officer, body: { username: 'no-school', displayName: '某校', role: 'SCHOOL', password: PASSWORD } });
    expect(noSchool.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'schoolId' });
    const badName = await call('POST', '/auth/accounts', { token: officer, body: { username: '张三', displayName: '张三', role: 'BUREAU', password: PASSWORD } });
    expect(badName.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'username' });
  });

  it("when the bureau lists accounts, then it sees its own district's and not another's", async () => {
    const list = await call('GET', '/auth/accounts', { token: officer });
    const names = list.body.accounts.map((a: { username: string }) => a.username);
    expect(names).toEqual(expect.arrayContaining(['yz-officer', 'locked-clerk']));
    expect(names).not.toContain('rc-officer');
    expect(list.body.accounts.every((a: { districtCode: string }) => a.districtCode === YANZHOU)).toBe(true);
  });

  it("when the bureau disables, enables and resets an account, then sign-in follows; another district's account is not found", async () => {
    await call('POST', '/auth/accounts', { token: officer, body: { username: 'temp-clerk', displayName: '吴老师', role: 'BUREAU', password: PASSWORD } });
    const session = (await signIn('temp-clerk')).refresh!;
    const disabled = await call('POST', '/auth/accounts/temp-clerk/disable', { token: officer });
    expect(disabled.body.account.disabled).toBe(true);
    expect(code(await signIn('temp-clerk'))).toBe('SIGN_IN_FAILED');
    expect((await refresh(session)).status).toBe(401);
    expect((await call('POST', '/auth/accounts/temp-clerk/enable', { token: officer })).body.account.disabled).toBe(false);
    expect((await signIn('temp-clerk')).status).toBe(200);
    expect((await call('POST', '/auth/accounts/temp-clerk/reset-password', { token: officer, body: { password: 'Reset-pass-2026' } })).status).toBe(200);
    expect((await signIn('temp-clerk', 'Reset-pass-2026')).status).toBe(200);

    const foreign = await call('POST', '/auth/accounts/rc-officer/disable', { token: officer });
    expect([foreign.status, code(foreign)]).toEqual([404, 'NOT_FOUND']);
    expect((await signIn('rc-officer')).status).toBe(200);
  });
});

describe('console origins and the audit log', () => {
  it('when the console preflights, then credentials are allowed; the web map gets no credentials; another origin gets no CORS headers', async () => {
    const preflight = (origin: string) =>
      fetch(`${base}/auth/refresh`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-zsgk-csrf' } });
    const fromConsole = await preflight(CONSOLE);
    expect(fromConsole.headers.get('access-control-allow-origin')).toBe(CONSOLE);
    expect(fromConsole.headers.get('access-control-allow-credentials')).toBe('true');
    expect(fromConsole.headers.get('access-control-allow-headers')).toContain('x-zsgk-csrf');
    const fromMap = await preflight(WEB_MAP);
    expect(fromMap.headers.get('access-control-allow-origin')).toBe(WEB_MAP);
    expect(fromMap.headers.get('access-control-allow-credentials')).toBeNull();
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
    const audit = await fetch(`${base}/audit`, { headers: { origin: CONSOLE } });
    expect(audit.headers.get('access-control-allow-origin')).toBe(CONSOLE);
  });

  it("when the bureau reads /audit, then sign-ins, failures, lockouts, reuse, sign-outs and account changes of its district are there with the client address, and not another district's", async () => {
    await signIn('rc-officer', 'wrong-password');
    const officer = (await signIn('yz-officer')).body.accessToken;
    const res = await fetch(`${base}/audit?limit=1000`, { headers: { authorization: `Bearer ${officer}` } });
    const entries = ((await res.json()) as { entries: any[] }).entries.filter((e) => e.event);
    const events = new Set(entries.map((e) => `${e.event} ${e.account}`));
    for (const expected of ['SIGN_IN yz-officer', 'SIGN_IN_FAILED yz-officer', 'ACCOUNT_LOCKED locked-clerk', 'REFRESH_REUSED yz-officer', 'SIGN_OUT yz-officer', 'PASSWORD_CHANGED changer', 'ACCOUNT_CREATED yz-school', 'ACCOUNT_DISABLED temp-clerk', 'ACCOUNT_ENABLED temp-clerk', 'PASSWORD_RESET temp-clerk']) {
      expect(events).toContain(expected);
    }
    expect([...events].some((e) => e.endsWith('rc-officer'))).toBe(false);
    const signInEntry = entries.find((e) => e.event === 'SIGN_IN' && e.account === 'yz-officer');
    expect(signInEntry).toEqual(expect.objectContaining({ role: 'BUREAU', subject: 'yz-officer', districtCode: YANZHOU, outcome: 'OK', fields: ['SIGN_IN'] }));
    expect(signInEntry.clientAddress).toMatch(/127\.0\.0\.1/);
    const failure = entries.find((e) => e.event === 'SIGN_IN_FAILED');
    expect(failure).toEqual(expect.objectContaining({ role: 'PUBLIC', subject: null, outcome: 'ERROR' }));
    const created = entries.find((e) => e.event === 'ACCOUNT_CREATED' && e.account === 'yz-school');
    expect(created.subject).toBe('yz-officer');
  });
});
