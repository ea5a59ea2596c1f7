import express from 'express';
import type { Identity } from '@zsgk/identity';
import { listenOnFreePort, openTestDatabase, type TestDatabase } from '@zsgk/testkit';
import type { AuditEntry } from '../src/audit/AuditEntry';
import { auditRoute } from '../src/audit/auditRoute';
import { AuditRepository } from '../src/data/AuditRepository';

/**
 * GET /audit's filters and paging, applied by the database query (real embedded database): the route on
 * its own app, the caller's identity set as the gateway's `authenticate` would.
 */
const YANZHOU = '370812';
const RENCHENG = '370811';

let database: TestDatabase;
let server: Awaited<ReturnType<typeof listenOnFreePort>>;
let repository: AuditRepository;

const entry = (over: Partial<AuditEntry>): AuditEntry => ({
  at: new Date('2026-06-01T08:00:00Z'), role: 'BUREAU', subject: 'yz-officer-1', districtCode: YANZHOU, namedDistrictCodes: [], schoolId: null,
  operationName: null, fields: ['importSchools'], outcome: 'OK', errorCodes: [], clientAddress: '127.0.0.1', ...over,
});

async function read(query: string, identity: Identity = { role: 'BUREAU', subject: 'reader', districtCode: YANZHOU }) {
  const res = await fetch(`${server.baseUrl}/audit${query}`, { headers: { 'x-test-identity': JSON.stringify(identity) } });
  return { status: res.status, body: (await res.json()) as any };
}

beforeAll(async () => {
  database = await openTestDatabase('audit_filters');
  repository = new AuditRepository(database.connection);
  const day = (d: number, h = 8) => new Date(Date.UTC(2026, 5, d, h));
  const entries: AuditEntry[] = [
    entry({ at: day(1), subject: 'yz-officer-1', fields: ['createSchool'] }),
    entry({ at: day(2), subject: 'yz-officer-2', fields: ['approveRegisterChange'] }),
    entry({ at: day(3), subject: null, role: 'PUBLIC', fields: ['SIGN_IN_FAILED'], event: 'SIGN_IN_FAILED', account: 'YZ-Officer-1', outcome: 'ERROR', errorCodes: ['SIGN_IN_FAILED'] }),
    entry({ at: day(4), subject: 'yz-officer-1', fields: ['updateSchool'], outcome: 'ERROR', errorCodes: ['BAD_USER_INPUT'] }),
    entry({ at: day(5), subject: 'yz.clerk', role: 'SCHOOL', schoolId: '3708120001', fields: ['saveEnrolmentPlan'] }),
    // Another district's own entry, and its officer's refused attempt on Yanzhou (filed under both).
    entry({ at: day(6), subject: 'rc-officer', districtCode: RENCHENG, fields: ['createSchool'] }),
    entry({ at: day(7), subject: 'rc-officer', districtCode: RENCHENG, namedDistrictCodes: [YANZHOU], fields: ['updateSchool'], outcome: 'ERROR', errorCodes: ['FORBIDDEN'] }),
  ];
  // 120 more sign-ins of officer 2 for the paging, one a minute on 10 June.
  for (let i = 0; i < 120; i += 1) entries.push(entry({ at: new Date(Date.UTC(2026, 5, 10, 8, i)), subject: 'yz-officer-2', fields: ['SIGN_IN'], event: 'SIGN_IN', account: 'yz-officer-2' }));
  for (const e of entries) await repository.append(e);

  const app = express();
  app.get('/audit', (req, res, next) => {
    res.locals.identity = JSON.parse(req.header('x-test-identity')!) as Identity;
    next();
  }, auditRoute(repository));
  server = await listenOnFreePort(app);
}, 60_000);

afterAll(async () => {
  await server?.close();
  await database?.drop();
});

describe('GET /audit filters', () => {
  it('when filtered by who, then only entries that user made or that happened to their account are answered, case-insensitively', async () => {
    const { status, body } = await read('?who=YZ-OFFICER-1');
    expect(status).toBe(200);
    expect(body.total).toBe(3);
    expect(body.entries.map((e: AuditEntry) => e.fields[0])).toEqual(['updateSchool', 'SIGN_IN_FAILED', 'createSchool']);
  });

  it('when who holds regular-expression characters, then they are matched literally', async () => {
    expect((await read('?who=yz.clerk')).body.total).toBe(1);
    expect((await read('?who=yz.')).body.total).toBe(1);
    expect((await read('?who=.*')).body.total).toBe(0);
  });

  it('when filtered by operation and outcome, then only those entries of the own district are answered, other districts\' attempts on it included', async () => {
    const { body } = await read('?operation=updateSchool&outcome=ERROR');
    expect(body.entries.map((e: AuditEntry) => e.subject)).toEqual(['rc-officer', 'yz-officer-1']);
    expect(body.total).toBe(2);
    const ok = await read('?operation=createSchool');
    expect(ok.body.entries.map((e: AuditEntry) => e.subject)).toEqual(['yz-officer-1']);
  });

  it('when given from and to, then from is inclusive and to exclusive', async () => {
    const { body } = await read(`?from=${encodeURIComponent('2026-06-02T08:00:00Z')}&to=${encodeURIComponent('2026-06-05T08:00:00Z')}`);
    expect(body.entries.map((e: AuditEntry) => e.fields[0])).toEqual(['updateSchool', 'SIGN_IN_FAILED', 'approveRegisterChange']);
    const beijingDay = await read(`?from=${encodeURIComponent('2026-06-03T00:00:00+08:00')}&to=${encodeURIComponent('2026-06-04T00:00:00+08:00')}`);
    expect(beijingDay.body.entries.map((e: AuditEntry) => e.fields[0])).toEqual(['SIGN_IN_FAILED']);
  });

  it('when paged, then pages follow one another newest first without repeats, and total counts every match', async () => {
    const first = await read('?operation=SIGN_IN&pageSize=50');
    const second = await read('?operation=SIGN_IN&pageSize=50&page=2');
    const third = await read('?operation=SIGN_IN&pageSize=50&page=3');
    expect([first.body.total, first.body.entries.length, second.body.entries.length, third.body.entries.length]).toEqual([120, 50, 50, 20]);
    const times = [...first.body.entries, ...second.body.entries, ...third.body.entries].map((e: AuditEntry) => String(e.at));
    expect(new Set(times).size).toBe(120);
    expect([...times].sort().reverse()).toEqual(times);
    expect(first.body).toEqual(expect.objectContaining({ page: 1, pageSize: 50 }));
  });

  it('when asked, then the operations of the district are listed for the filter, and none of another district only', async () => {
    const { body } = await read('?pageSize=1');
    expect(body.operations).toEqual(['SIGN_IN', 'SIGN_IN_FAILED', 'approveRegisterChange', 'createSchool', 'saveEnrolmentPlan', 'updateSchool']);
    const rencheng = await read('?pageSize=1', { role: 'BUREAU', subject: 'rc-reader', districtCode: RENCHENG });
    expect(rencheng.body.total).toBe(2);
    expect(rencheng.body.operations).toEqual(['createSchool', 'updateSchool']);
  });

  it('when the older limit and before are given, then they still work as pageSize and to', async () => {
    const { body } = await read(`?limit=2&before=${encodeURIComponent('2026-06-05T00:00:00Z')}`);
    expect(body.entries.map((e: AuditEntry) => e.fields[0])).toEqual(['updateSchool', 'SIGN_IN_FAILED']);
  });
});

describe('GET /audit refusals', () => {
  it.each([
    ['?outcome=MAYBE', 'outcome', '结果必须是'],
    ['?from=yesterday', 'from', '开始时间必须是 ISO 8601'],
    ['?from=2026-06-05&to=2026-06-01', 'from', '开始时间必须早于结束时间'],
    ['?pageSize=5000', 'pageSize', '每页条数必须在 1–1000 之间'],
    ['?page=0', 'page', '页码必须在'],
    ['?operation=%24where', 'operation', '操作必须是'],
    ['?who=a&who=b', 'who', '只能给一次'],
    ['?district=370811', 'district', '不支持的查询参数'],
  ])('when asked %s, then BAD_USER_INPUT names %s in Chinese and nothing is read', async (query, field, words) => {
    const { status, body } = await read(query);
    expect(status).toBe(400);
    expect(body.errors[0].extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field }));
    expect(body.errors[0].message).toContain(words);
  });

  it('when a school user or nobody asks, then FORBIDDEN or UNAUTHENTICATED', async () => {
    const school = await read('', { role: 'SCHOOL', subject: 'yz.clerk', schoolId: '3708120001' });
    expect([school.status, school.body.errors[0].extensions.code]).toEqual([403, 'FORBIDDEN']);
    const nobody = await read('', { role: 'PUBLIC' });
    expect([nobody.status, nobody.body.errors[0].extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
  });
});
