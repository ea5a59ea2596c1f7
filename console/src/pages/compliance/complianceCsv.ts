import { cellText, COMPLIANCE_ITEMS } from './complianceItems';
import type { ComplianceRow } from './buildComplianceRows';

/** RFC 4180 quoting; a cell starting with = + - @ is prefixed with ' so Excel never runs it as a formula. */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The dashboard as CSV, UTF-8 with a byte-order mark so Excel on a Chinese Windows opens it in the
 * right encoding (without the BOM it reads GBK and garbles every character).
 */
export function complianceCsv(rows: readonly ComplianceRow[]): string {
  const header = ['学校标识码', '学校名称', '办学状态', ...COMPLIANCE_ITEMS.map((i) => i.label)];
  const lines = rows.map((r) => [r.schoolId, r.schoolName, r.exclusion ?? '', ...COMPLIANCE_ITEMS.map((i) => cellText(r.cells[i.key]))]);
  return `\uFEFF${[header, ...lines].map((l) => l.map(csvField).join(',')).join('\r\n')}\r\n`;
}
