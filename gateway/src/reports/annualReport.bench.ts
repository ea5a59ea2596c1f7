import { buildAnnualReport } from './buildAnnualReport';
import type { LoggedVersion } from './LoggedVersion';
import { renderAnnualReportHtml } from './renderAnnualReportHtml';
import { renderPdf } from './renderPdf';

/**
 * `npx tsx gateway/src/reports/annualReport.bench.ts [publications…]`: builds a synthetic district-year's
 * report (admission results of N schools, a correction in every tenth), renders the page and prints it
 * to PDF in Debian's Chromium; prints the time and size of each step. No gateway reads.
 */
async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  for (const n of sizes.length ? sizes : [200, 2000]) {
    const entries: LoggedVersion[] = [];
    for (let i = 0; i < n; i++) {
      const corrected = i % 10 === 9;
      const at = new Date(Date.UTC(2026, 6, 1) + i * 60_000).toISOString();
      const content = { schoolId: `21370${String(i).padStart(5, '0')}`, year: 2026, stage: 'PRIMARY', correctionReason: corrected ? '录取人数核对后更正' : null };
      if (corrected) entries.push({ index: entries.length, kind: 'ADMISSION_RESULT', recordId: `ADMISSION_RESULT:${i}@v1`, version: 1, event: 'CORRECTED', contentHash: 'ab'.repeat(32), at, content });
      entries.push({ index: entries.length, kind: 'ADMISSION_RESULT', recordId: `ADMISSION_RESULT:${i}@v${corrected ? 2 : 1}`, version: corrected ? 2 : 1, event: 'PUBLISHED', contentHash: 'cd'.repeat(32), at, content });
    }
    const head = { treeSize: entries.length, rootHash: 'ef'.repeat(32), timestamp: '2027-01-02T00:00:00.000Z', signature: 'c2ln' };
    let t = performance.now();
    const report = buildAnnualReport({
      districtCode: '370812', year: 2026, asOf: '2027-01-02T00:00:00.000Z', head, entries, yearEnd: { treeSize: entries.length, rootHash: head.rootHash, path: [] },
      deadlines: new Map(), workingDays: 20, schoolNames: new Map(),
    });
    const html = renderAnnualReportHtml(report, '示例区', '00'.repeat(32));
    const built = performance.now() - t;
    t = performance.now();
    const pdf = await renderPdf(html);
    const printed = performance.now() - t;
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    console.log(`${n} publications: build + HTML ${built.toFixed(0)} ms (${(html.length / 1024).toFixed(0)} KB); PDF ${printed.toFixed(0)} ms, ${pages} pages, ${(pdf.length / 1024).toFixed(0)} KB`);
  }
}

void main();
