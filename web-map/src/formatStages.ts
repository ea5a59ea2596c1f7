import type { Stage } from './DistrictMap';
import { t } from './i18n/t';

const STAGE_ORDER: Stage[] = ['KINDERGARTEN', 'PRIMARY', 'JUNIOR', 'SENIOR'];

/**
 * Stages in the page's language, youngest first; a nine-year school is named as such.
 *
 * @example formatStages(['JUNIOR', 'PRIMARY']) // '小学、初中（九年一贯制）'
 */
export function formatStages(stages: readonly Stage[]): string {
  const ordered = STAGE_ORDER.filter((stage) => stages.includes(stage));
  const text = ordered.map((stage) => t(`stage.${stage}`)).join(t('sep.list'));
  return ordered.join() === 'PRIMARY,JUNIOR' ? `${text}${t('stages.nineYear')}` : text;
}
