import { AppError } from '@zsgk/errors';
import { parseJsonArgument } from '@zsgk/subgraph-host';
import type { ImportFile } from '../register/ImportFile';

/**
 * Reads a JSON import into import rows: an array of school objects (field names as on School, plus
 * an optional `version`), or `{ "baseline": "<ISO time>", "schools": [...] }` for a file that says
 * when it was exported from the register.
 */
export function readJsonRows(text: string, path: string): ImportFile {
  const value = parseJsonArgument(text, path);
  const wrapped = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as { baseline?: unknown; schools?: unknown }) : null;
  const rows = wrapped ? wrapped.schools : value;
  if (!Array.isArray(rows)) throw new AppError('BAD_USER_INPUT', 'JSON 导入文件应为学校对象的数组，或 { "baseline": …, "schools": [...] }', { path });
  if (rows.length === 0) throw new AppError('BAD_USER_INPUT', '文件中没有学校', { path });
  if (wrapped && wrapped.baseline != null && typeof wrapped.baseline !== 'string') {
    throw new AppError('BAD_USER_INPUT', 'baseline 应为文件导出的时间（ISO 8601，如 2026-03-01T08:00:00+08:00）', { path: `${path}.baseline` });
  }
  return {
    rows: rows.map((row, index) => ({ row: index + 1, value: row, problems: [] })),
    problems: [],
    baseline: (wrapped?.baseline as string | undefined) ?? null,
    fieldLabel: (field) => field,
  };
}
