import type { Stage } from './DistrictMap';

export const STAGE_LABELS: Record<Stage, string> = {
  KINDERGARTEN: '幼儿园',
  PRIMARY: '小学',
  JUNIOR: '初中',
  SENIOR: '高中',
};

const STAGE_ORDER: Stage[] = ['KINDERGARTEN', 'PRIMARY', 'JUNIOR', 'SENIOR'];

/**
 * Stages in Chinese, youngest first; a nine-year school is named as such.
 *
 * @example formatStages(['JUNIOR', 'PRIMARY']) // '小学、初中（九年一贯制）'
 */
export function formatStages(stages: readonly Stage[]): string {
  const ordered = STAGE_ORDER.filter((stage) => stages.includes(stage));
  const text = ordered.map((stage) => STAGE_LABELS[stage]).join('、');
  return ordered.join() === 'PRIMARY,JUNIOR' ? `${text}（九年一贯制）` : text;
}
