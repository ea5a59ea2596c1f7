import { GraphqlClient, listenOnFreePort, openTestDatabase, TEST_IDENTITY_SECRET, type TestDatabase } from '@zsgk/testkit';
import type { LogEntry } from '@zsgk/publication';
import { createServer } from '../src/server';
import { APPROVE_CHANGE, BUREAU, DISTRICT, FOREIGN_DISTRICT, IMPORT_RULES, OTHER_BUREAU, REVIEW_FIELDS, SCHOOL_A, schoolUser, SECOND_BUREAU } from './admissionsServer';

/**
 * Issue 13 item 2, consultation (征求意见, 重大决策预公开): opened and approved, commented on
 * anonymously (receipts, duplicates, refusals, rate limit), grouped and answered, closed with the
 * final version through review, and the contacts never leave the bureau. The clock the
 * consultations see is the test's (`today`), so the 30-day window can pass.
 */
let database: TestDatabase;
let client: GraphqlClient;
let stop: () => Promise<void>;
let today = '2026-12-03';
const ledgerDb = () => `${database.name}_ledger`;

beforeAll(async () => {
  database = await openTestDatabase('consultations');
  const server = await createServer({
    connection: database.connection, identitySecret: TEST_IDENTITY_SECRET, ledgerDb: ledgerDb(),
    today: () => today, commentLimits: { sameTextPerHour: 3, perConsultationPerHour: 6 },
  });
  const listening = await listenOnFreePort(server.app);
  client = new GraphqlClient(`${listening.baseUrl}/graphql`);
  stop = async () => {
    await listening.close();
    await server.stop();
    await database.connection.useDb(ledgerDb(), { useCache: true }).dropDatabase().catch(() => undefined);
    await database.drop();
  };
});
afterAll(() => stop());

const OPEN = `mutation($input: ConsultationInput!) { openConsultation(input: $input) { ${REVIEW_FIELDS} } }`;
const COMMENT = 'mutation($id: ID!, $text: String!, $contact: String) { submitConsultationComment(consultationId: $id, text: $text, contact: $contact) { receipt consultationId duplicate submittedAt } }';
const COMMENTS = 'query($id: ID!) { consultationComments(consultationId: $id) { receipt text contact submittedAt } }';
const GROUPING = 'query($id: ID!) { commentGrouping(consultationId: $id) { revision ungrouped groups { receipts summary decision reason } } }';
const SAVE_GROUPS = 'mutation($id: ID!, $revision: Int!, $groups: [CommentGroupInput!]!) { saveCommentGroups(consultationId: $id, revision: $revision, groups: $groups) { revision ungrouped groups { receipts decision } } }';
const CLOSE = `mutation($id: ID!, $final: ID!, $summary: String) { closeConsultation(id: $id, finalRecordId: $final, summary: $summary) { ${REVIEW_FIELDS} } }`;
const PUBLIC_FIELDS = `id districtCode subjectKind subjectId title draftText basis howToComment opensOn closesOn windowDays shortWindowReason status statusLabel
  acceptingComments commentCount supersededBy version recordId publishedAt correctionReason
  feedback { commentsReceived finalRecordId summary closedOn groups { receipts summary decision decisionLabel reason commentCount } }`;
const LIST = `query($d: String!) { consultations(districtCode: $d) { ${PUBLIC_FIELDS} } }`;
const ONE = `query($id: ID!) { consultation(id: $id) { ${PUBLIC_FIELDS} } }`;
const HISTORY = 'query($d: String!, $e: ID) { history(districtCode: $d, entityId: $e, first: 500) { action actor entityId summary } }';

const draftRules = (overrides: Record<string, unknown> = {}) => ({
  districtCode: DISTRICT, subjectKind: 'ENROLMENT_RULES', subjectId: `${DISTRICT}:2027:PRIMARY`, title: '2027年义务教育阶段学校招生入学工作方案（征求意见稿）',
  draftText: '一、招生范围……二、报名时间……', basis: '《中华人民共和国义务教育法》第十二条；山东省教育厅关于做好2027年义务教育招生入学工作的通知',
  howToComment: '通过本平台“提交意见”，或信函寄至兖州区教育和体育局基础教育科', opensOn: '2026-12-03', ...overrides,
});

const ok = async (query: string, variables: Record<string, unknown>, identity?: object) => {
  const res = await client.request(query, variables, identity as never);
  if (res.errors) throw new Error(`${query.slice(0, 50)}: ${JSON.stringify(res.errors)}`);
  return Object.values(res.data!)[0] as any;
};
const refusal = async (query: string, variables: Record<string, unknown>, identity?: object) => {
  const res = await client.request(query, variables, identity as never);
  expect(res.errors).toHaveLength(1);
  return { ...res.errors![0]!, code: res.errors![0]!.extensions?.code, field: res.errors![0]!.extensions?.field };
};
const logEntries = async (): Promise<LogEntry[]> =>
  (await database.connection.useDb(ledgerDb(), { useCache: true }).collection('log_entries').find({ districtCode: DISTRICT, kind: 'CONSULTATION' }).sort({ index: 1 }).toArray()) as unknown as LogEntry[];
/** Opens as BUREAU and approves as SECOND_BUREAU; the consultation's id. */
const openApproved = async (input: Record<string, unknown>) => {
  const item = await ok(OPEN, { input }, BUREAU);
  const approved = await ok(APPROVE_CHANGE, { id: item.id }, SECOND_BUREAU);
  return approved.recordKey as string;
};

describe('opening a consultation (征求意见稿) through review', () => {
  let id: string;

  it('when the bureau opens one, then it waits for a second officer, and nothing is public until approved', async () => {
    const item = await ok(OPEN, { input: draftRules() }, BUREAU);
    expect(item).toMatchObject({ kind: 'CONSULTATION', status: 'SUBMITTED', submittedBy: BUREAU.subject, summary: expect.stringContaining('2026-12-03 至 2027-01-01') });
    id = item.recordKey;
    expect(await ok(LIST, { d: DISTRICT })).toEqual([]);
    expect((await refusal(COMMENT, { id, text: '希望增加学位，缩短报名时间。' })).code).toBe('NOT_FOUND');
    expect((await ok(OPEN, { input: draftRules() }, BUREAU)).id).toBe(item.id); // sent again while waiting: the same item
  });

  it('when another officer approves, then it is published as CONSULTATION for 30 days, in the publication log', async () => {
    const [item] = (await ok('query($d: String!) { bureauChanges(districtCode: $d, status: SUBMITTED) { id kind } }', { d: DISTRICT }, SECOND_BUREAU)).filter((c: any) => c.kind === 'CONSULTATION');
    const approved = await ok(APPROVE_CHANGE, { id: item.id }, SECOND_BUREAU);
    expect(approved).toMatchObject({ status: 'PUBLISHED', published: [{ kind: 'CONSULTATION', recordKey: id, recordId: `CONSULTATION:${id}@v1`, version: 1 }] });
    const [published] = await ok(LIST, { d: DISTRICT });
    expect(published).toMatchObject({
      id, status: 'CONSULTATION', statusLabel: '征求意见中', acceptingComments: true, opensOn: '2026-12-03', closesOn: '2027-01-01', windowDays: 30,
      shortWindowReason: null, commentCount: 0, feedback: null, supersededBy: null, version: 1, recordId: `CONSULTATION:${id}@v1`, basis: expect.stringContaining('义务教育法'),
    });
    expect((await logEntries()).map((e) => [e.recordId, e.version, e.event])).toEqual([[`CONSULTATION:${id}@v1`, 1, 'PUBLISHED']]);
  });

  it('when the window is shorter than 30 days without a reason, then it is refused naming shortWindowReason; with one, the reason is published', async () => {
    const short = draftRules({ subjectKind: 'OTHER', subjectId: null, title: '关于调整学区划分的征求意见', closesOn: '2026-12-17' });
    const refused = await refusal(OPEN, { input: short }, BUREAU);
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.shortWindowReason' });
    expect(refused.message).toContain('共 15 日，少于 30 日');
    const shortId = await openApproved({ ...short, shortWindowReason: '新校区 2027 年春季启用，需在寒假前完成调整' });
    expect(await ok(ONE, { id: shortId })).toMatchObject({ windowDays: 15, shortWindowReason: '新校区 2027 年春季启用，需在寒假前完成调整' });
  });

  it('when dates are not real, already past, or reversed, then each is refused naming its field', async () => {
    expect(await refusal(OPEN, { input: draftRules({ opensOn: '2026-02-30' }) }, BUREAU)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.opensOn', message: expect.stringContaining('2026-02 has 28 days') });
    expect(await refusal(OPEN, { input: draftRules({ opensOn: '2026-12-10T00:00:00Z' }) }, BUREAU)).toMatchObject({ field: 'input.opensOn', message: expect.stringContaining('timestamp') });
    expect(await refusal(OPEN, { input: draftRules({ opensOn: '2026-12-02' }) }, BUREAU)).toMatchObject({ field: 'input.opensOn', message: expect.stringContaining('早于今天') });
    expect(await refusal(OPEN, { input: draftRules({ closesOn: '2026-11-30' }) }, BUREAU)).toMatchObject({ field: 'input.closesOn' });
    expect(await refusal(OPEN, { input: draftRules({ draftText: null, subjectId: null }) }, BUREAU)).toMatchObject({ field: 'input.draftText' });
  });

  it('when another district’s bureau opens one for 370812, or a school or anonymous caller tries, then it is refused and 370812’s history records it', async () => {
    const foreign = await refusal(OPEN, { input: draftRules({ title: '越权征求意见' }) }, OTHER_BUREAU);
    expect(foreign).toMatchObject({ code: 'FORBIDDEN', field: 'input.districtCode' });
    expect(foreign.message).toContain(DISTRICT);
    expect((await refusal(OPEN, { input: draftRules() }, schoolUser(SCHOOL_A))).code).toBe('FORBIDDEN');
    expect((await refusal(OPEN, { input: draftRules() })).code).toBe('UNAUTHENTICATED');
    const history = await ok(HISTORY, { d: DISTRICT, e: DISTRICT }, BUREAU);
    expect(history.some((e: any) => e.action === 'REFUSED_OPEN_CONSULTATION' && e.actor === OTHER_BUREAU.subject)).toBe(true);
  });

  it('when an opening is approved after its first day, then the approval is refused: its window would be shorter than published', async () => {
    const item = await ok(OPEN, { input: draftRules({ subjectKind: 'OTHER', subjectId: null, title: '迟批的征求意见', opensOn: '2026-12-04' }) }, BUREAU);
    today = '2026-12-05';
    try {
      expect(await refusal(APPROVE_CHANGE, { id: item.id }, SECOND_BUREAU)).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('2026-12-04 已过') });
    } finally {
      today = '2026-12-03';
    }
  });
});

describe('anonymous comments, then the feedback and the final version', () => {
  let id: string;
  const receipts: Record<string, string> = {};
  const CONTACT = '13912345678 王女士';

  beforeAll(async () => {
    id = await openApproved(draftRules({ title: '2027年小学招生方案（征求意见稿，第二稿）' }));
  });

  it('when anyone comments while it is open, then the comment gets a receipt and counts, without a sign-in', async () => {
    const first = await ok(COMMENT, { id, text: '建议报名时间延长到两周，方便外出务工家长。', contact: CONTACT });
    expect(first).toMatchObject({ consultationId: id, duplicate: false, receipt: expect.stringMatching(/^YJ20261203-[A-Z2-9]{6}$/) });
    receipts.long = first.receipt;
    receipts.seats = (await ok(COMMENT, { id, text: '希望增加学位，减少大班额。' })).receipt;
    receipts.papers = (await ok(COMMENT, { id, text: '随迁子女证明材料太多，建议精简。' }, schoolUser(SCHOOL_A))).receipt;
    expect((await ok(ONE, { id })).commentCount).toBe(3);
  });

  it('when the same comment comes again (full-width, other spacing or case), then the first receipt is returned and nothing new is stored', async () => {
    const again = await ok(COMMENT, { id, text: '  建议报名时间延长到两周， 方便外出务工家长。 ' });
    expect(again).toMatchObject({ receipt: receipts.long, duplicate: true });
    expect((await ok(ONE, { id })).commentCount).toBe(3);
  });

  it.each([
    ['too short', '好', 'text', '过短'],
    ['too long', '长'.repeat(2001), 'text', '过长：2001 个字'],
    ['HTML', '<script>alert(1)</script>请采纳', 'text', 'HTML'],
    ['an HTML entity', '学位数 &lt; 需求', 'text', 'HTML'],
    ['a control character', '建议\u0007增加学位', 'text', '控制字符'],
    ['a right-to-left override', '建议\u202e增加学位数量', 'text', '控制字符'],
  ])('when a comment is %s, then it is refused BAD_USER_INPUT in Chinese naming the field, and nothing is stored', async (_what, text, field, says) => {
    expect(await refusal(COMMENT, { id, text })).toMatchObject({ code: 'BAD_USER_INPUT', field, message: expect.stringContaining(says) });
    expect((await ok(ONE, { id })).commentCount).toBe(3);
  });

  it('when a contact holds HTML, then it is refused naming contact', async () => {
    expect(await refusal(COMMENT, { id, text: '建议公布各校学位数。', contact: '<a href="x">me</a>' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contact' });
  });

  it('when the public reads consultations, then no contact appears anywhere; the bureau alone reads them, and the read is recorded', async () => {
    const everything = JSON.stringify([await client.request(LIST, { d: DISTRICT }), await client.request(ONE, { id })]);
    expect(everything).not.toContain('13912345678');
    expect((await refusal(COMMENTS, { id })).code).toBe('UNAUTHENTICATED');
    expect((await refusal(COMMENTS, { id }, schoolUser(SCHOOL_A))).code).toBe('FORBIDDEN');
    const foreign = await refusal(COMMENTS, { id }, OTHER_BUREAU);
    expect(foreign).toMatchObject({ code: 'FORBIDDEN', field: 'consultationId' });
    expect(foreign.message).toContain(id);
    expect(foreign.message).toContain(DISTRICT);
    const comments = await ok(COMMENTS, { id }, BUREAU);
    expect(comments.map((c: any) => [c.receipt, c.contact])).toEqual([[receipts.long, CONTACT], [receipts.seats, null], [receipts.papers, null]]);
    const history = await ok(HISTORY, { d: DISTRICT, e: id }, BUREAU);
    expect(history.find((e: any) => e.action === 'READ_CONTACTS')).toMatchObject({ actor: BUREAU.subject, summary: expect.stringContaining('其中 1 条留有联系方式') });
    expect(history.filter((e: any) => e.action === 'COMMENT')).toHaveLength(3);
    expect(JSON.stringify(history)).not.toContain('13912345678');
    expect(JSON.stringify(await database.connection.collection('consultations').find().toArray())).not.toContain('13912345678');
  });

  it('when it is closed before the window ends, then CONFLICT says when it may be', async () => {
    expect(await refusal(CLOSE, { id, final: 'ENROLMENT_RULES:x@v1' }, BUREAU)).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('2027-01-01') });
  });

  it('when comments are grouped, then another district is refused, a stale revision is CONFLICT, and unknown receipts are refused', async () => {
    const groups = [{ receipts: [receipts.long, receipts.seats], summary: '报名时间与学位' }];
    expect((await refusal(SAVE_GROUPS, { id, revision: 0, groups }, OTHER_BUREAU)).code).toBe('FORBIDDEN');
    expect(await refusal(SAVE_GROUPS, { id, revision: 0, groups: [{ receipts: ['YJ20261203-AAAAAA'], summary: '无' }] }, BUREAU)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'groups[0].receipts' });
    const saved = await ok(SAVE_GROUPS, { id, revision: 0, groups }, BUREAU);
    expect(saved).toMatchObject({ revision: 1, ungrouped: [receipts.papers] });
    expect((await refusal(SAVE_GROUPS, { id, revision: 0, groups }, SECOND_BUREAU)).code).toBe('CONFLICT');
  });

  it('when the window has passed, then comments are refused; and closing is refused while a comment is ungrouped or a group unanswered', async () => {
    today = '2027-01-02';
    expect(await refusal(COMMENT, { id, text: '截止后才提交的意见。' })).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('已截止') });
    expect((await ok(ONE, { id })).statusLabel).toBe('意见征集已截止');
    const rules = await ok(IMPORT_RULES, { input: { districtCode: DISTRICT, content: JSON.stringify([{ year: 2027, stage: 'PRIMARY', title: '2027年小学招生方案', admissionMethod: '就近免试入学', interpretation: '政策解读：报名时间延长至两周' }]) } }, BUREAU);
    const finalRecordId = (await ok(APPROVE_CHANGE, { id: rules.review.id }, SECOND_BUREAU)).published[0].recordId;
    expect(await refusal(CLOSE, { id, final: finalRecordId }, BUREAU)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'groups', message: expect.stringContaining(receipts.papers!) });
    await ok(SAVE_GROUPS, { id, revision: 1, groups: [
      { receipts: [receipts.long, receipts.seats], summary: '报名时间与学位', decision: 'PARTLY_ADOPTED', reason: '报名时间延长至两周；学位由新建学校解决，本方案不作调整' },
      { receipts: [receipts.papers], summary: '证明材料' },
    ] }, BUREAU);
    expect(await refusal(CLOSE, { id, final: finalRecordId }, BUREAU)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'groups[1].decision' });
    expect(await refusal(CLOSE, { id, final: 'ENROLMENT_RULES:370812:2027:JUNIOR@v1' }, BUREAU)).toMatchObject({ code: 'NOT_FOUND', field: 'finalRecordId' });
    expect((await refusal(CLOSE, { id, final: finalRecordId }, OTHER_BUREAU)).code).toBe('FORBIDDEN');
  });

  it('when every group is answered and it is closed through review, then it is CLOSED with the feedback and the final version, logged, and takes no more comments', async () => {
    const final = (await ok('query { enrolmentRules(districtCode: "370812", year: 2027, stage: PRIMARY) { recordId } }', {}))[0].recordId;
    await ok(SAVE_GROUPS, { id, revision: 2, groups: [
      { receipts: [receipts.long, receipts.seats], summary: '报名时间与学位', decision: 'PARTLY_ADOPTED', reason: '报名时间延长至两周；学位由新建学校解决，本方案不作调整' },
      { receipts: [receipts.papers], summary: '证明材料', decision: 'ADOPTED', reason: '随迁子女只需居住证和户口簿' },
    ] }, BUREAU);
    const item = await ok(CLOSE, { id, final, summary: '共收到意见 3 条，采纳 1 组，部分采纳 1 组。' }, BUREAU);
    expect(item).toMatchObject({ kind: 'CONSULTATION', status: 'SUBMITTED' });
    expect((await ok(ONE, { id })).status).toBe('CONSULTATION'); // nothing changes before review
    expect(await ok(APPROVE_CHANGE, { id: item.id }, SECOND_BUREAU)).toMatchObject({ status: 'PUBLISHED', published: [{ recordId: `CONSULTATION:${id}@v2`, version: 2 }] });

    const closed = await ok(ONE, { id });
    expect(closed).toMatchObject({
      status: 'CLOSED', statusLabel: '已结束（已反馈）', acceptingComments: false, version: 2, supersededBy: final, commentCount: 3,
      correctionReason: expect.stringContaining(final),
      feedback: {
        commentsReceived: 3, finalRecordId: final, summary: '共收到意见 3 条，采纳 1 组，部分采纳 1 组。', closedOn: '2027-01-02',
        groups: [
          { receipts: [receipts.long, receipts.seats], decision: 'PARTLY_ADOPTED', decisionLabel: '部分采纳', commentCount: 2, reason: expect.stringContaining('两周') },
          { receipts: [receipts.papers], decision: 'ADOPTED', decisionLabel: '采纳', commentCount: 1 },
        ],
      },
    });
    expect(JSON.stringify(closed)).not.toContain('13912345678');
    const log = (await logEntries()).filter((e) => e.recordId.startsWith(`CONSULTATION:${id}`)).map((e) => [e.recordId, e.event]);
    expect(log).toEqual([[`CONSULTATION:${id}@v1`, 'PUBLISHED'], [`CONSULTATION:${id}@v2`, 'PUBLISHED'], [`CONSULTATION:${id}@v1`, 'SUPERSEDED']]);
    expect(await refusal(COMMENT, { id, text: '结束后的意见也想提。' })).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('已结束') });
    expect((await refusal(CLOSE, { id, final }, BUREAU)).code).toBe('CONFLICT');
    const history = (await ok(HISTORY, { d: DISTRICT, e: `CONSULTATION:${id}@v2` }, BUREAU)).map((e: any) => e.action);
    expect(history).toContain('PUBLISH');
  });

  it('when the district’s consultations are listed, then those taking comments come first', async () => {
    today = '2027-01-02';
    const open = await openApproved(draftRules({ subjectKind: 'OTHER', subjectId: null, title: '2027年春季转学工作安排（征求意见稿）', opensOn: '2027-01-02' }));
    const list = await ok(LIST, { d: DISTRICT });
    expect(list[0]).toMatchObject({ id: open, acceptingComments: true });
    expect(list.at(-1)).toMatchObject({ id, status: 'CLOSED' });
  });
});

describe('the rate limit', () => {
  it('when the same text is sent more than 3 times in the hour, or the consultation takes more than 6 comments, then RATE_LIMITED with when to retry', async () => {
    today = '2027-01-02';
    const id = await openApproved(draftRules({ subjectKind: 'OTHER', subjectId: null, title: '限流测试征求意见', opensOn: '2027-01-02' }));
    for (let i = 0; i < 3; i++) await ok(COMMENT, { id, text: '同一条意见反复提交。' });
    const same = await refusal(COMMENT, { id, text: '同一条意见反复提交。' });
    expect(same).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringContaining('同一内容') });
    expect(same.extensions!.details.retryAfterSeconds).toBeGreaterThan(3000);
    for (let i = 0; i < 3; i++) await ok(COMMENT, { id, text: `第 ${i} 条不同的意见。` }); // 6 taken (a refused one takes none)
    expect(await refusal(COMMENT, { id, text: '第七条意见，超过本次上限。' })).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringContaining('最多接收 6 条') });
    expect((await ok(ONE, { id })).commentCount).toBe(4);
  });
});

it('when another district lists its consultations, then 370812’s are not among them', async () => {
  expect(await ok(LIST, { d: FOREIGN_DISTRICT })).toEqual([]);
});
