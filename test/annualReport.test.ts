import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { generateDistrict, loadDemoDistrict, readDemoBoundary } from '@zsgk/demo-district';
import type { AnnualReport } from '@zsgk/gateway/src/reports';
import { rootHash, verifyConsistency } from '@zsgk/publication';
import { TEST_IDENTITY_SECRET } from '@zsgk/testkit';
import { startSystem } from './support/startSystem';

/**
 * Issue 13 item 6: the annual disclosure report (信息公开年度报告，招生入学部分). The demo district is
 * loaded and, through the real review workflow and the gateway, a policy document with its
 * interpretation, a plan and its correction with a reason, a consultation commented on anonymously
 * and closed with its feedback and the final rules, are published. Each figure of the report (JSON)
 * is then compared with what the databases hold, counted directly; the HTML has every section and
 * the PDF's text layer (read by pdf.js) holds the figures. The clock (Date only) starts on
 * 2 March 2026 and moves past the consultation's window.
 */
const DISTRICT = '370812';
const YEAR = 2026;
const CLERK = { role: 'BUREAU', subject: 'report-clerk', districtCode: DISTRICT } as const;
const REVIEWER = { role: 'BUREAU', subject: 'report-reviewer', districtCode: DISTRICT } as const;
const TIMERS_KEPT_REAL = ['nextTick', 'setImmediate', 'clearImmediate', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'queueMicrotask', 'hrtime', 'performance'] as const;
const CORRECTION_REASON = '新建教学楼投入使用，增加一个班';
/** Git-ignored: the report's HTML and PDF as this run made them, for people to look at. */
const REVIEW_DIR = path.join(__dirname, '..', 'test-results', 'annual-report');

let system: Awaited<ReturnType<typeof startSystem>>;
let consultationId: string;
let finalRulesId: string;
let planClerk: { role: 'SCHOOL'; subject: string; schoolId: string };

async function as(identity: typeof CLERK | typeof REVIEWER | { role: 'SCHOOL'; subject: string; schoolId: string } | null, query: string, variables: Record<string, unknown> = {}) {
  const headers = identity ? { authorization: `Bearer ${await system.token(identity)}` } : undefined;
  const response = await system.gateway.request(query, variables, undefined, headers);
  if (response.errors?.length) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(response.errors)}`);
  return response.data as Record<string, any>;
}
const approveChange = (id: string) => as(REVIEWER, 'mutation($id: ID!) { approveBureauChange(id: $id) { status published { recordId } } }', { id });

beforeAll(async () => {
  jest.useFakeTimers({ now: new Date('2026-03-02T02:00:00Z'), advanceTimers: true, doNotFake: [...TIMERS_KEPT_REAL] });
  system = await startSystem();
  const boundary = readDemoBoundary(DISTRICT);
  const demo = generateDistrict({ boundary: boundary.wgs84, districtCode: DISTRICT, districtName: boundary.name, seed: 11 });
  await loadDemoDistrict(
    { schoolsUrl: system.urls.schools, catchmentsUrl: system.urls.catchments, admissionsUrl: system.urls.admissions, identitySecret: TEST_IDENTITY_SECRET },
    demo,
    { feature: boundary.raw, crs: 'GCJ02' },
  );

  // A policy document with its interpretation.
  await as(CLERK, 'mutation($input: PolicyDocumentInput!) { savePolicyDocument(input: $input) { id } }', {
    input: { districtCode: DISTRICT, documentNumber: '兖教发〔2026〕12号', title: '关于随迁子女入学的通知', issuer: '兖州区教育和体育局', categories: ['OTHER'], effectiveFrom: '2026-03-01', interpretation: '随迁子女入学政策解读：凭居住证报名。' },
  });
  const policy = await as(CLERK, `mutation { publishPolicyDocument(id: "${DISTRICT}/兖教发〔2026〕12号") { id } }`);
  await approveChange(policy.publishPolicyDocument.id);

  // A plan for next year (before its registration opens), then its correction with a reason.
  const school = demo.schools.find((s) => s.stages.includes('PRIMARY') && s.ownership === 'PUBLIC')!;
  const clerk = { role: 'SCHOOL', subject: `clerk-${school.id}`, schoolId: school.id } as const;
  planClerk = clerk;
  for (const [plannedSeats, correctionReason] of [[90, undefined], [135, CORRECTION_REASON]] as const) {
    const saved = await as(clerk, 'mutation($input: EnrolmentPlanInput!) { saveEnrolmentPlan(input: $input, submit: true) { id } }', {
      input: { districtCode: DISTRICT, schoolId: school.id, year: 2027, stage: 'PRIMARY', plannedSeats, plannedClasses: plannedSeats / 45, correctionReason },
    });
    await as(REVIEWER, 'mutation($id: ID!) { approveSubmission(id: $id) { status } }', { id: saved.saveEnrolmentPlan.id });
  }

  // A consultation on next year's rules: opened through review, three anonymous comments.
  const opened = await as(CLERK, 'mutation($input: ConsultationInput!) { openConsultation(input: $input) { id recordKey } }', {
    input: {
      districtCode: DISTRICT, subjectKind: 'ENROLMENT_RULES', subjectId: `${DISTRICT}:2027:PRIMARY`, title: '2027年小学招生入学工作方案（征求意见稿）',
      draftText: '一、招生范围……二、报名时间……', basis: '《中华人民共和国义务教育法》第十二条', howToComment: '通过本平台提交意见', opensOn: '2026-03-02',
    },
  });
  consultationId = opened.openConsultation.recordKey;
  await approveChange(opened.openConsultation.id);
  const receipts: string[] = [];
  for (const text of ['建议报名时间延长到两周。', '希望增加学位，减少大班额。', '随迁子女证明材料太多，建议精简。']) {
    receipts.push((await as(null, 'mutation($id: ID!, $text: String!) { submitConsultationComment(consultationId: $id, text: $text) { receipt } }', { id: consultationId, text })).submitConsultationComment.receipt);
  }

  // After the window: the final rules (with their interpretation), the comments answered, the feedback published.
  jest.setSystemTime(new Date('2026-04-07T02:00:00Z'));
  const rules = [{ year: 2027, stage: 'PRIMARY', title: '2027 年小学招生入学工作方案', admissionMethod: '就近入学', interpretation: '2027 年小学招生政策解读', timetable: [{ phase: '报名', startsOn: '2027-06-20', endsOn: '2027-06-30' }] }];
  const imported = await as(CLERK, 'mutation($input: AdmissionsImportInput!) { importEnrolmentRules(input: $input) { review { id } } }', { input: { districtCode: DISTRICT, content: JSON.stringify(rules) } });
  finalRulesId = (await approveChange(imported.importEnrolmentRules.review.id)).approveBureauChange.published[0].recordId;
  await as(CLERK, 'mutation($id: ID!, $groups: [CommentGroupInput!]!) { saveCommentGroups(consultationId: $id, revision: 0, groups: $groups) { revision } }', {
    id: consultationId,
    groups: [
      { receipts: [receipts[0]], summary: '报名时间', decision: 'ADOPTED', reason: '报名时间已延长至 11 天' },
      { receipts: [receipts[1]], summary: '学位', decision: 'PARTLY_ADOPTED', reason: '新增两个班，大班额逐年消除' },
      { receipts: [receipts[2]], summary: '证明材料', decision: 'NOT_ADOPTED', reason: '居住证明为省规定材料' },
    ],
  });
  const closed = await as(CLERK, 'mutation($id: ID!, $final: ID!) { closeConsultation(id: $id, finalRecordId: $final, summary: "感谢参与") { id } }', { id: consultationId, final: finalRulesId });
  await approveChange(closed.closeConsultation.id);
}, 300_000);
afterAll(async () => {
  await system?.stop();
  jest.useRealTimers();
});

const reportUrl = (format: string, year = YEAR) => `${system.gatewayBaseUrl}/reports/annual/${DISTRICT}/${year}.${format}`;
async function fetchReport(): Promise<AnnualReport> {
  const response = await fetch(reportUrl('json'));
  expect(response.status).toBe(200);
  return (await response.json()) as AnnualReport;
}
const ledger = () => system.databases.ledger.connection.db!.collection('log_entries');
const admissions = () => system.databases.admissions.connection.db!;
const inYear = { $gte: '2025-12-31T16:00:00.000Z', $lt: '2026-12-31T16:00:00.000Z' };

describe('the annual report’s figures equal the records’', () => {
  it('when the report is asked for anonymously, then every log entry of the year is counted, per kind and event, as the ledger holds them', async () => {
    const started = Date.now();
    const report = await fetchReport();
    console.log(`[bench] annual report JSON, first request (${report.log.entriesInYear} entries with content): ${Date.now() - started} ms`);
    const entries = await ledger().find({ districtCode: DISTRICT, at: inYear }).toArray();
    expect(report.log.entriesInYear).toBe(entries.length);
    const expected: Record<string, Record<string, number>> = {};
    for (const e of entries) (expected[e.kind] ??= {})[e.event] = (expected[e.kind]![e.event] ?? 0) + 1;
    expect(report.log.eventsByKind).toEqual(expected);
    for (const kind of report.kinds) {
      const published = entries.filter((e) => e.kind === kind.kind && e.event === 'PUBLISHED');
      const corrected = entries.filter((e) => e.kind === kind.kind && e.event === 'CORRECTED');
      expect([kind.kind, kind.published, kind.firstVersions, kind.corrections, kind.otherNewVersions])
        .toEqual([kind.kind, published.length, published.filter((e) => e.version === 1).length, corrected.length, published.filter((e) => e.version > 1).length - corrected.length]);
    }
    expect(report.publications).toHaveLength(entries.filter((e) => e.event === 'PUBLISHED').length);
    expect(new Set(report.kinds.map((k) => k.kind))).toEqual(new Set(['SCHOOL', 'ZONE_SET', 'ENROLMENT_RULES', 'ADMISSION_RESULT', 'POLICY_DOCUMENT', 'ENROLMENT_PLAN', 'CONSULTATION', 'DISTRICT_BOUNDARY', ...Object.keys(expected)]));
    expect(report.partial).toBe(true);
    expect(report.log.yearEnd.treeSize).toBe(await ledger().countDocuments({ districtCode: DISTRICT }));
  });

  it('when a correction was published with a reason, then the report lists it with the reason the stored version holds', async () => {
    const report = await fetchReport();
    const stored = await admissions().collection('enrolment_plans').find({ version: { $gt: 1 } }).toArray().catch(() => []);
    const planCorrections = report.corrections.filter((c) => c.kind === 'ENROLMENT_PLAN');
    expect(planCorrections.map((c) => c.reason)).toEqual([CORRECTION_REASON]);
    if (stored.length) expect(planCorrections.map((c) => c.recordId)).toEqual(stored.map((s) => s._id));
    const logged = await ledger().countDocuments({ districtCode: DISTRICT, at: inYear, event: 'CORRECTED' });
    expect(report.corrections).toHaveLength(logged);
    expect(report.kinds.find((k) => k.kind === 'ENROLMENT_PLAN')).toMatchObject({ published: 2, firstVersions: 1, corrections: 1, correctionsWithReason: 1 });
    expect(report.kinds.find((k) => k.kind === 'CONSULTATION')).toMatchObject({ published: 2, corrections: 0, otherNewVersions: 1 });
  });

  it('when rules and policy documents were published, then the interpretation count equals the published versions that carry one', async () => {
    const report = await fetchReport();
    const ids = (await ledger().find({ districtCode: DISTRICT, at: inYear, event: 'PUBLISHED', kind: { $in: ['ENROLMENT_RULES', 'POLICY_DOCUMENT'] } }).toArray()).map((e) => e.recordId);
    let withInterpretation = 0;
    for (const { name } of await admissions().listCollections().toArray()) {
      withInterpretation += await admissions().collection(name).countDocuments({ _id: { $in: ids as never[] }, $or: [{ interpretation: { $nin: [null, ''] } }, { interpretationUrl: { $nin: [null, ''] } }] });
    }
    expect(report.interpretations).toMatchObject({ published: ids.length, withInterpretation });
    expect(report.interpretations.withInterpretation).toBeGreaterThanOrEqual(2);
  });

  it('when a consultation was commented on and closed, then its window, comments and adoption equal the stored comments and feedback', async () => {
    const report = await fetchReport();
    const [consultation] = report.consultations;
    expect(report.consultations).toHaveLength(1);
    const comments = await admissions().collection('consultation_comments').countDocuments({ consultationId }).catch(() => null);
    expect(consultation).toMatchObject({
      consultationId, opensOn: '2026-03-02', closesOn: '2026-03-31', windowDays: 30, phase: 'CLOSED', commentsReceived: 3, finalRecordId: finalRulesId, closedOn: '2026-04-07',
      adoption: { ADOPTED: 1, PARTLY_ADOPTED: 1, NOT_ADOPTED: 1 },
    });
    if (comments !== null && comments > 0) expect(consultation!.commentsReceived).toBe(comments);
    expect(consultation!.groups.map((g) => [g.decisionLabel, g.comments, g.reason])).toEqual([['采纳', 1, '报名时间已延长至 11 天'], ['部分采纳', 1, '新增两个班，大班额逐年消除'], ['未采纳', 1, '居住证明为省规定材料']]);
  });

  it('when the report states the log head, then it is the ledger’s signed head and the year-end root matches it', async () => {
    const report = await fetchReport();
    const head = (await (await fetch(`${system.gatewayBaseUrl}/ledger/${DISTRICT}/head`)).json()) as { treeSize: number; rootHash: string; signature: string };
    expect(report.log.head).toMatchObject({ treeSize: head.treeSize, rootHash: head.rootHash, signature: head.signature });
    expect(report.log.yearEnd).toEqual({ treeSize: head.treeSize, rootHash: head.rootHash });
    const withoutDecision = Object.values(report.timeliness.withoutDecisionDate).reduce((a, b) => a + b, 0);
    expect(report.timeliness.withDecisionDate + withoutDecision).toBe(report.publications.length);
  });
});

describe('the report as files', () => {
  it('when the HTML is fetched, then it is a zh-CN page with every section, captions, no external resource, an ETag and a strict CSP', async () => {
    const response = await fetch(reportUrl('html'));
    expect(response.status).toBe(200);
    const html = await response.text();
    const report = await fetchReport();
    expect(html).toMatch(/^<!doctype html>\s*<html lang="zh-CN">/);
    for (const section of ['summary', 'published', 'corrections', 'interpretations', 'consultations', 'timeliness', 'log', 'not-included', 'list']) expect(html).toContain(`<section id="${section}">`);
    expect((html.match(/<caption>/g) ?? []).length).toBeGreaterThanOrEqual(5);
    expect(html).toContain(CORRECTION_REASON);
    expect(html).toContain('部分采纳');
    expect(html).toContain(`data-figure="published">${report.publications.length}<`);
    expect(html).not.toMatch(/<(script|link|img|iframe)\b|src=|https?:\/\//);
    expect(html).toContain(response.headers.get('x-content-hash')!);
    expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'none'; style-src 'sha256-/);
    // fetch() adds Cache-Control: no-cache to a conditional request unless one is given (Fetch standard), and no-cache must be answered in full.
    const again = await fetch(reportUrl('html'), { headers: { 'if-none-match': response.headers.get('etag')!, 'cache-control': 'max-age=0' } });
    expect(again.status).toBe(304);
    mkdirSync(REVIEW_DIR, { recursive: true });
    writeFileSync(path.join(REVIEW_DIR, `${DISTRICT}-${YEAR}.html`), html);
  });

  it('when the district or year is malformed, then 400 in Chinese naming it; a district with no log is 404', async () => {
    const bad = await fetch(`${system.gatewayBaseUrl}/reports/annual/37081/2026.html`);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('区划代码应为 6 位数字');
    expect((await fetch(`${system.gatewayBaseUrl}/reports/annual/${DISTRICT}/1999.html`)).status).toBe(400);
    expect((await fetch(`${system.gatewayBaseUrl}/reports/annual/110101/2026.json`)).status).toBe(404);
  });

  it('when the PDF is fetched, then it starts with %PDF, has pages, and its text layer holds the Chinese title and figures', async () => {
    const started = Date.now();
    const response = await fetch(reportUrl('pdf'));
    const elapsed = Date.now() - started;
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'annual-report-')), 'report.pdf');
    writeFileSync(file, pdf);
    mkdirSync(REVIEW_DIR, { recursive: true });
    writeFileSync(path.join(REVIEW_DIR, `${DISTRICT}-${YEAR}.pdf`), pdf);
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(__dirname, 'support', 'pdfText.mjs'), file]);
    const { pages, text } = JSON.parse(stdout) as { pages: number; text: string };
    const report = await fetchReport();
    // Chromium's text layer maps some Noto CJK glyphs to their Kangxi-radical twins (工 → U+2F2F ⼯); NFKC folds them back, as a PDF viewer's search does.
    const compact = text.normalize('NFKC').replace(/\s+/g, '');
    expect(pages).toBeGreaterThanOrEqual(2);
    // (NFKC also folds full-width punctuation; 见 comes out as the radical ⻅, which NFKC keeps, so no expectation holds it.)
    const expectText = (expected: string) => expect(compact).toContain(expected.normalize('NFKC'));
    expectText('信息公开工作年度报告（招生入学部分）');
    expectText(`主动公开招生入学信息${report.publications.length}个版本`);
    expectText(CORRECTION_REASON);
    console.log(`[bench] annual report PDF: ${pdf.length} bytes, ${pages} pages, ${elapsed} ms (first print, Chromium start included)`);
  }, 120_000);
});

describe('after the year', () => {
  it('when the log grows in the next year, then last year’s figures stay, and its year-end root is the root of its entries, consistent with the new head', async () => {
    const before = await fetchReport();
    jest.setSystemTime(new Date('2027-01-11T02:00:00Z'));
    const saved = await as(planClerk, 'mutation($input: EnrolmentPlanInput!) { saveEnrolmentPlan(input: $input, submit: true) { id } }', {
      input: { districtCode: DISTRICT, schoolId: planClerk.schoolId, year: 2027, stage: 'PRIMARY', plannedSeats: 180, plannedClasses: 4, correctionReason: '片区新增楼盘入住' },
    });
    await as(REVIEWER, 'mutation($id: ID!) { approveSubmission(id: $id) { status } }', { id: saved.saveEnrolmentPlan.id });

    const after = await fetchReport();
    const all = await ledger().find({ districtCode: DISTRICT }).sort({ index: 1 }).toArray();
    const yearEndSize = all.filter((e) => e.at < '2026-12-31T16:00:00.000Z').length;
    expect(after.partial).toBe(false);
    expect(after.log.head.treeSize).toBe(all.length);
    expect(after.log.yearEnd.treeSize).toBe(yearEndSize);
    expect(yearEndSize).toBeLessThan(all.length);
    const leaves = all.map((e) => Buffer.from(e.leafHash as string, 'hex'));
    expect(after.log.yearEnd.rootHash).toBe(rootHash(leaves.slice(0, yearEndSize)).toString('hex'));
    expect(verifyConsistency(yearEndSize, all.length, Buffer.from(after.log.yearEnd.rootHash, 'hex'), Buffer.from(after.log.head.rootHash, 'hex'), after.log.consistencyPath.map((h) => Buffer.from(h, 'hex')))).toBe(true);
    expect(after.kinds).toEqual(before.kinds);
    expect(after.publications).toEqual(before.publications);

    const next = (await (await fetch(reportUrl('json', 2027))).json()) as AnnualReport;
    expect(next.kinds).toEqual([expect.objectContaining({ kind: 'ENROLMENT_PLAN', published: 1, corrections: 1, correctionsWithReason: 1 })]);
    expect(next.corrections.map((c) => c.reason)).toEqual(['片区新增楼盘入住']);
  });
});
