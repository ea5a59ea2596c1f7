import type { VerifyReport } from './VerifyReport';

/** The verifier's printout: what was checked per district, then "ok" or every problem and mismatching record. */
export function formatReport(report: VerifyReport): string {
  const out: string[] = [];
  for (const warning of report.warnings) out.push(`warning: ${warning}`);
  if (report.notYetVerifiable.length > 0) {
    out.push(`not yet verifiable: the gateway has no ${report.notYetVerifiable.join(', ')} field, so those services' records are not re-hashed`);
  }
  for (const district of report.districts) {
    out.push(`district ${district.districtCode}:`);
    for (const line of district.lines) out.push(`  ${line}`);
    for (const problem of district.problems) out.push(`  FAILED: ${problem}`);
    for (const m of district.mismatches) {
      out.push(`  MISMATCH: ${m.kind} ${m.recordId} v${m.version} (entry ${m.index}): logged ${m.expected}, served now ${m.actual}`);
    }
  }
  out.push(`checked in ${Math.round(report.durationMs)} ms`);
  out.push(report.ok ? 'ok' : 'FAILED');
  return out.join('\n');
}
