import iconv from 'iconv-lite';
import { REGISTER_HEADER, SCHOOL, registerRow, sendUpload, startUploadsSystem, type UploadsSystem } from './uploadsSystem';

/**
 * The upload routes as createGateway mounts them: the gateway's own /upload and /templates (its
 * authentication, bureau-only check, file limit and subgraph timeout). The router's behaviour per
 * kind is tested on an app of its own: uploadsRouterOnItsOwnApp.test.ts.
 */
let system: UploadsSystem['system'];
let clerk: string;

beforeAll(async () => {
  ({ system, clerk } = await startUploadsSystem());
}, 120_000);

afterAll(async () => {
  await system?.stop();
});

describe('as createGateway mounts it', () => {
  const sendToGateway = (kind: string, file: Buffer, fileName: string, token: string) => sendUpload(system.gatewayBaseUrl, kind, file, fileName, {}, token);

  it('when a GBK register with a bad row goes to the gateway’s own /upload, then the same 422 comes back; fixed, 200', async () => {
    const bad = [REGISTER_HEADER, registerRow('3708120201', '兖州区第六小学'), registerRow('3708120202', '兖州区第七小学', '公立')].join('\r\n');
    const refused = await sendToGateway('register', iconv.encode(bad, 'gbk'), '名录.csv', clerk);
    expect(refused.status).toBe(422);
    expect(refused.body.problems).toEqual([expect.objectContaining({ row: 3, column: '办学性质' })]);
    const fixed = await sendToGateway('register', iconv.encode(bad.replace('公立', '公办'), 'gbk'), '名录.csv', clerk);
    expect(fixed.status).toBe(200);
    expect(fixed.body.report.change.id).toMatch(/^SCHOOL:/);
  });

  it('when a SCHOOL token or no token uploads to the gateway, then it is refused; templates need no token', async () => {
    const school = await system.token({ role: 'SCHOOL', subject: 'head', schoolId: SCHOOL });
    expect((await sendToGateway('register', Buffer.from('x'), 'a.csv', school)).status).toBe(403);
    const anonymous = await fetch(`${system.gatewayBaseUrl}/upload/register`, { method: 'POST', body: new FormData() });
    expect(anonymous.status).toBe(401);
    const template = await fetch(`${system.gatewayBaseUrl}/templates/plans.csv`);
    expect(template.status).toBe(200);
    expect(template.headers.get('content-type')).toContain('text/csv');
  });

  // A bureau's real register: 10,000 rows took 10.7 s at load 8–10 before the change sets were
  // stored as gzipped JSON, past the gateway's 10 s subgraph timeout ("service unavailable").
  it('when a 10,000-row GBK register is uploaded to the gateway, then all rows are accepted within the subgraph timeout', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => registerRow(`37081${String(30_000 + i).padStart(5, '0')}`, `兖州区万行小学${i}`));
    const file = iconv.encode([REGISTER_HEADER, ...rows].join('\r\n'), 'gbk');
    const started = performance.now();
    const { status, body } = await sendToGateway('register', file, '名册10000行.csv', clerk);
    const ms = Math.round(performance.now() - started);
    expect({ status, problems: body.problems, errors: body.errors }).toEqual({ status: 200, problems: [], errors: undefined });
    expect(body.report).toMatchObject({ created: 10_000, change: { status: 'SUBMITTED' } });
    console.log(`[upload] register 10,000 rows (${Math.round(file.length / 1024)} KiB GBK) through the gateway: 200 in ${ms} ms`);
  }, 120_000);
});
