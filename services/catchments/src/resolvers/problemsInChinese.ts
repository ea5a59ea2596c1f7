import { translateReason } from '@zsgk/messages';

/**
 * An import report's feature problems with their reasons in Chinese, for the clerk who reads them.
 * The zone checks (src/zones) keep their English reasons, which the golden files and the PostGIS
 * cross-check compare; @zsgk/messages holds the Chinese of each (zoneReasons.ts).
 */
export function problemsInChinese<T extends { problems: { reason: string }[] }>(report: T): T {
  return { ...report, problems: report.problems.map((problem) => ({ ...problem, reason: translateReason(problem.reason) })) };
}
