import { createHash } from 'node:crypto';
import { KIND_LABELS, type AnnualReport, type ReportPublication } from './AnnualReport';
import { beijingDateOf } from './LoggedVersion';

/** The page's only style, inline (no external resource); its hash goes in the response's CSP. */
export const REPORT_CSS = `
body{font-family:"Noto Serif CJK SC","Noto Sans CJK SC","Source Han Serif SC",serif;color:#111;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.6}
h1{font-size:1.6rem;text-align:center}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #555}
table{border-collapse:collapse;width:100%;margin:.75rem 0;font-size:.9rem}caption{text-align:left;font-weight:bold;padding:.25rem 0}
th,td{border:1px solid #555;padding:.25rem .4rem;text-align:left;vertical-align:top}th{background:#eee}td.n{text-align:right;font-variant-numeric:tabular-nums}
code{font-family:"Noto Sans Mono CJK SC",monospace;font-size:.8rem;word-break:break-all}.note{color:#333;font-size:.9rem}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}}
`;
export const REPORT_CSS_HASH = `sha256-${createHash('sha256').update(REPORT_CSS).digest('base64')}`;

/**
 * The report as a plain, printable page in Chinese (lang="zh-CN"): one table with a caption per
 * section, no script, no external resource; every value escaped. `contentHash` is the SHA-256 of the
 * report's canonical JSON (the same figures as the .json file), printed so a copy can be checked.
 */
export function renderAnnualReportHtml(report: AnnualReport, districtName: string, contentHash: string): string {
  const title = `${districtName}（${report.districtCode}）${report.year}年政府信息公开工作年度报告（招生入学部分）`;
  const totals = report.kinds.reduce((sum, k) => ({ published: sum.published + k.published, corrections: sum.corrections + k.corrections }), { published: 0, corrections: 0 });
  const { log, timeliness } = report;
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)}</title><style>${REPORT_CSS}</style></head>
<body><main>
<h1>${esc(title)}</h1>
<p class="note">本报告由招生信息公开系统根据本区发布日志及其所记录的各公开版本自动生成，未经人工录入。统计期间：${report.year}年1月1日至12月31日（北京时间）${report.partial ? `；本年度尚未结束，数字截至发布日志第 ${log.head.treeSize} 条（${esc(beijingDateOf(log.head.timestamp))}）` : ''}。报告内容哈希（SHA-256）：<code id="content-hash">${esc(contentHash)}</code></p>

<section id="summary"><h2>一、总体情况</h2>
<p>本年度共主动公开招生入学信息 <strong data-figure="published">${totals.published}</strong> 个版本，其中更正 <strong data-figure="corrections">${totals.corrections}</strong> 个；开展重大决策预公开（征求意见） <strong data-figure="consultations">${report.consultations.length}</strong> 项；发布日志本年度新增 <strong data-figure="entries">${log.entriesInYear}</strong> 条记录。</p></section>

<section id="published"><h2>二、主动公开情况</h2>
${table('表1 各类信息公开数量', ['类别', '公开版本数', '首次公开', '更正', '其中公开更正原因', '其他新版本', '失效', '撤回'],
  report.kinds.map((k) => [esc(k.label), n(k.published), n(k.firstVersions), n(k.corrections), n(k.correctionsWithReason), n(k.otherNewVersions), n(k.expired), n(k.withdrawn)]), 'kinds')}
<p class="note">“其他新版本”指不属于更正的新版本，如征求意见结束时公布采纳情况的版本、设定失效日期的版本。</p>
</section>

<section id="corrections"><h2>三、更正情况</h2>
${report.corrections.length === 0 ? '<p>本年度无更正。</p>' : table('表2 更正及其原因', ['日期', '类别', '内容', '版本', '更正原因'],
  report.corrections.map((c) => [esc(c.on), esc(label(c.kind)), esc(c.title), n(c.version), c.reason === null ? '（该类信息未公开更正原因）' : esc(c.reason)]), 'corrections')}
</section>

<section id="interpretations"><h2>四、政策解读</h2>
<p>本年度公开招生入学工作方案和政策文件 <strong data-figure="interpreted-kinds">${report.interpretations.published}</strong> 个版本，其中同步发布解读材料 <strong data-figure="with-interpretation">${report.interpretations.withInterpretation}</strong> 个。</p>
${report.interpretations.without.length ? publicationsTable('表3 未同步发布解读的文件', report.interpretations.without, 'without-interpretation') : ''}
</section>

<section id="consultations"><h2>五、重大决策预公开（征求意见）</h2>
${report.consultations.length === 0 ? '<p>本年度未开展征求意见。</p>' : table('表4 征求意见及采纳情况', ['事项', '征求意见期', '天数', '收到意见', '采纳', '部分采纳', '未采纳', '状态'],
  report.consultations.map((c) => [esc(c.title), `${esc(c.opensOn)} 至 ${esc(c.closesOn)}${c.shortWindowReason ? `（少于30日的理由：${esc(c.shortWindowReason)}）` : ''}`, n(c.windowDays),
    c.commentsReceived === null ? '征求中' : n(c.commentsReceived), n(c.adoption.ADOPTED), n(c.adoption.PARTLY_ADOPTED), n(c.adoption.NOT_ADOPTED), c.phase === 'CLOSED' ? `已反馈（${esc(c.closedOn ?? '')}）` : '征求意见中']), 'consultations')}
${report.consultations.filter((c) => c.groups.length).map((c, i) => table(`表4-${i + 1} “${c.title}”意见采纳情况及理由`, ['意见归类', '条数', '采纳情况', '理由'],
  c.groups.map((g) => [esc(g.summary), n(g.comments), esc(g.decisionLabel), esc(g.reason)]), `feedback-${i + 1}`)).join('\n')}
</section>

<section id="timeliness"><h2>六、公开时限</h2>
<p>信息应在产生、变动或失效后 ${timeliness.workingDays} 个工作日内公开（按国务院节假日安排计算工作日）。本年度记录了决定日期的公开版本 <strong data-figure="with-decision-date">${timeliness.withDecisionDate}</strong> 个，其中按时公开 <strong data-figure="on-time">${timeliness.onTime}</strong> 个，逾期公开 <strong data-figure="late">${timeliness.late.length}</strong> 个。</p>
${timeliness.late.length ? table('表5 逾期公开的信息', ['类别', '内容', '决定日期', '应公开日期', '实际公开日期'],
  timeliness.late.map((l) => [esc(label(l.kind)), esc(l.title), esc(l.decidedOn), `${esc(l.dueOn)}${l.calendarCovered ? '' : '（节假日安排未覆盖，仅扣除周末）'}`, esc(l.on)]), 'late') : ''}
${Object.keys(timeliness.withoutDecisionDate).length ? table('表6 未记录决定日期、无法判断是否按时的公开版本', ['类别', '版本数'],
  Object.entries(timeliness.withoutDecisionDate).map(([kind, count]) => [esc(label(kind)), n(count)]), 'without-decision-date') : ''}
</section>

<section id="log"><h2>七、发布日志与核验</h2>
${table('表7 本年度发布日志记录（按类别和事件）', ['类别', '发布', '被替代', '更正', '失效', '撤回'],
  Object.entries(log.eventsByKind).map(([kind, events]) => [esc(label(kind)), n(events.PUBLISHED ?? 0), n(events.SUPERSEDED ?? 0), n(events.CORRECTED ?? 0), n(events.EXPIRED ?? 0), n(events.WITHDRAWN ?? 0)]), 'log-events')}
<p>截至${report.partial ? '本报告生成时' : '本年度末'}，发布日志共 <strong data-figure="year-end-size">${log.yearEnd.treeSize}</strong> 条，默克尔树根哈希 <code>${esc(log.yearEnd.rootHash)}</code>。报告依据的签名树头：第 ${log.head.treeSize} 条，根哈希 <code>${esc(log.head.rootHash)}</code>，签名时间 ${esc(log.head.timestamp)}，Ed25519 签名 <code>${esc(log.head.signature)}</code>${log.consistencyPath.length ? `；年末树与该树头的一致性证明（RFC 9162）共 ${log.consistencyPath.length} 个哈希，见本报告 JSON 版的 log.consistencyPath` : ''}。任何人可用本区公布的公钥通过 <code>npm run verify</code> 或网关的 /ledger 接口核验。</p>
</section>

<section id="not-included"><h2>八、未纳入本报告的事项</h2>
<ul>${report.notIncluded.map((text) => `<li>${esc(text)}</li>`).join('')}</ul>
</section>

<section id="list"><h2>附表 本年度公开清单</h2>
${report.publications.length ? publicationsTable('附表 本年度公开的全部版本（按发布日志顺序）', report.publications, 'publications') : '<p>本年度无公开记录。</p>'}
</section>
</main></body></html>
`;
}

function publicationsTable(caption: string, rows: ReportPublication[], id: string): string {
  return table(caption, ['日志序号', '日期', '类别', '内容', '版本', '内容哈希（前12位）'],
    rows.map((p) => [n(p.index), esc(p.on), esc(label(p.kind)), esc(p.title), n(p.version), `<code title="${esc(p.contentHash)}">${esc(p.contentHash.slice(0, 12))}</code>`]), id);
}

/** Cells are HTML already escaped by the caller; a `<td class="n">` marks a number. */
function table(caption: string, headers: string[], rows: string[][], id: string): string {
  const head = headers.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const body = rows.map((cells) => `<tr>${cells.map((c) => (c.startsWith('<td') ? c : `<td>${c}</td>`)).join('')}</tr>`).join('\n');
  return `<table id="${id}"><caption>${esc(caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

const n = (value: number): string => `<td class="n">${value}</td>`;
const label = (kind: string): string => KIND_LABELS[kind] ?? kind;

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
