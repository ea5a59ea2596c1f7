import type { AdmissionResult } from '../api/YearData';
import type { MapSchool, Stage } from '../DistrictMap';
import { latestYears, renderHistory } from './renderHistory';

/** The oldest stage first: a nine-year school's history shows its primary intake, a 完全中学's its junior. */
const ORDER: Stage[] = ['PRIMARY', 'JUNIOR', 'SENIOR', 'KINDERGARTEN'];

/**
 * A school's history for its popup: the entry stage that has published figures (a senior high school
 * shows its cut-off scores). Null when nothing is published for any of its stages.
 */
export function schoolHistory(school: MapSchool, results: readonly AdmissionResult[]): HTMLElement | null {
  for (const stage of ORDER.filter((s) => school.stages.includes(s))) {
    const rows = latestYears(results, school.id, stage);
    if (rows.length) return renderHistory(school.name, rows);
  }
  return null;
}
