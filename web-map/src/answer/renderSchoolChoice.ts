import type { Zone } from '../api/YearData';
import type { MapSchool } from '../DistrictMap';
import { t } from '../i18n/t';
import { el } from '../page/el';

/**
 * A school chosen from the search: where it is and which zones of the year name it, with the reminder
 * that a school's zone is not an answer for a home (the map outlines the zones; the popup is open).
 */
export function renderSchoolChoice(container: HTMLElement, school: MapSchool, zones: readonly Zone[]): void {
  container.replaceChildren(
    el(
      'section',
      { className: 'school-choice', attrs: { 'data-state': 'school', 'data-school': school.id } },
      el('p', { className: 'place' }, school.name),
      el('p', {}, `${t('school.address')}：${school.address}`),
      zones.length
        ? el('ul', { className: 'school-zones' }, ...zones.map((zone) => el('li', {}, t('school.zone', { stage: t(`stage.${zone.stage}`), zone: zone.name }))))
        : el('p', {}, t('school.noZone')),
      el('p', { className: 'notice' }, t('school.notHome')),
    ),
  );
}
