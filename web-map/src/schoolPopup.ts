import type { MapSchool } from './DistrictMap';
import { language, t } from './i18n/t';
import { dataText, el, phoneLink, webLink } from './page/el';

/** One labelled line of the popup, "not published" when the school has not given it. */
function line(label: string, value: Node | null): HTMLElement {
  return el('p', {}, `${label}${language() === 'en' ? ': ' : '：'}`, value ?? t('school.none'));
}

/**
 * Popup content as DOM nodes (Leaflet would parse a string as HTML, and school names are data): kind,
 * address, enquiry and supervision phones, petition address, website, and the way into the school page.
 */
export function schoolPopup(school: MapSchool, openPage?: (schoolId: string) => void): HTMLElement {
  const popup = el(
    'div',
    { className: 'school-popup' },
    el('h3', {}, dataText(school.name)),
    el('p', {}, `${school.stages.map((s) => t(`stage.${s}`)).join(language() === 'en' ? ', ' : '、')} · ${t(`ownership.${school.ownership}`)}`),
    line(t('school.address'), dataText(school.address)),
    line(t('school.enquiry'), phoneLink(school.enquiryPhone)),
    line(t('school.supervision'), phoneLink(school.supervisionPhone)),
    line(t('school.petition'), school.petitionAddress ? dataText(school.petitionAddress) : null),
    school.website ? line(t('schoolPage.website'), webLink(school.website)) : null,
  );
  if (openPage) {
    const button = el('button', { className: 'link-button open-school', attrs: { type: 'button' } }, t('schoolPage.open'));
    button.addEventListener('click', () => openPage(school.id));
    popup.append(el('p', {}, button));
  }
  return popup;
}
