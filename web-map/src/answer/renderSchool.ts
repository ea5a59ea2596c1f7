import type { AdmissionResult } from '../api/YearData';
import type { MapSchool, ZonedStage } from '../DistrictMap';
import { latestYears, renderHistory } from '../history/renderHistory';
import { t } from '../i18n/t';
import { dataText, el, phoneLink } from '../page/el';

/** One labelled contact line; "not published" rather than a blank when the school has not given it. */
function field(label: string, value: Node | string | null | undefined): HTMLElement[] {
  return [el('dt', {}, label), el('dd', {}, value ?? el('span', { className: 'muted' }, t('school.none')))];
}

/** A school serving a zone: name, address, enquiry and supervision phones, petition address, history. */
export function renderSchool(
  school: MapSchool | undefined,
  schoolId: string,
  stage: ZonedStage,
  results: readonly AdmissionResult[],
  withHistory = true,
  openSchool?: (schoolId: string) => void,
): HTMLElement {
  const name = school?.name ?? schoolId;
  let open: HTMLButtonElement | null = null;
  if (openSchool) {
    open = el('button', { className: 'link-button open-school no-print', attrs: { type: 'button' } }, t('schoolPage.open'));
    open.addEventListener('click', () => openSchool(schoolId));
  }
  return el(
    'article',
    { className: 'school', attrs: { 'data-school-id': schoolId } },
    el('h5', { className: 'school-name' }, dataText(name)),
    el(
      'dl',
      {},
      ...field(t('school.address'), school?.address ? dataText(school.address) : null),
      ...field(t('school.enquiry'), phoneLink(school?.enquiryPhone)),
      ...field(t('school.supervision'), phoneLink(school?.supervisionPhone)),
      ...field(t('school.petition'), school?.petitionAddress ? dataText(school.petitionAddress) : null),
    ),
    withHistory ? renderHistory(name, latestYears(results, schoolId, stage)) : null,
    open,
  );
}
