import L from 'leaflet';
import type { MapSchool } from './DistrictMap';
import { SCHOOL_LIMIT } from './fetchDistrictMap';
import { formatStages } from './formatStages';
import { schoolPopup } from './schoolPopup';
import { stageColour } from './stageColour';
import { t } from './i18n/t';
import { dataText, el } from './page/el';

export interface SchoolListElements {
  list: HTMLOListElement;
  count: HTMLElement;
  /** Extra popup content made when the popup opens (e.g. admission history, loaded after the map). */
  details?: (school: MapSchool) => HTMLElement | null;
  /** Opens the school's page (everything published about it); offered in each popup. */
  openPage?: (schoolId: string) => void;
}

/** What renderSchools leaves behind: the markers' bounds (null when no school has a location), and a way to show one school. */
export interface DrawnSchools {
  bounds: L.LatLngBounds | null;
  /** Opens the school's popup, centring the map on it unless `keepView` (the caller has fitted the map); false when it has no marker. */
  open(schoolId: string, keepView?: boolean): boolean;
  /** Writes the list again in the page's language (after a language switch). */
  relabel(): void;
}

/**
 * One circle marker per located school and one list entry per school; choosing an entry opens the
 * school's popup, so the list is a keyboard and screen-reader way into the map.
 */
export function renderSchools(map: L.Map, schools: MapSchool[], { list, count, details: popupDetails, openPage }: SchoolListElements): DrawnSchools {
  const openers = new Map<string, (keepView?: boolean) => void>();
  const bounds = L.latLngBounds([]);
  for (const school of schools) {
    if (!school.location) continue;
    const position = L.latLng(school.location.lat, school.location.lng);
    bounds.extend(position);
    const marker = L.circleMarker(position, {
      radius: 7,
      color: '#fff',
      weight: 2,
      fillColor: stageColour(school.stages),
      fillOpacity: 0.9,
    })
      // Built when opened, so it shows whatever history has loaded by then (and the page's language).
      .bindPopup(() => {
        const popup = schoolPopup(school, openPage);
        const extra = popupDetails?.(school);
        if (extra) popup.append(extra);
        return popup;
      })
      .addTo(map);
    openers.set(school.id, (keepView = false) => {
      if (!keepView) map.setView(position, Math.max(map.getZoom(), 15));
      marker.openPopup();
    });
  }
  const fillList = () => {
    count.textContent = t(schools.length >= SCHOOL_LIMIT ? 'list.limited' : 'list.count', { n: schools.length >= SCHOOL_LIMIT ? SCHOOL_LIMIT : schools.length });
    list.replaceChildren(
      ...schools.map((school) => {
        const open = openers.get(school.id);
        const button = el(
          'button',
          { attrs: { type: 'button' } },
          el('strong', {}, dataText(school.name)),
          el('span', {}, `${formatStages(school.stages)} · `, dataText(school.address), open ? null : ` · ${t('list.noLocation')}`),
        );
        if (open) button.addEventListener('click', () => open());
        else button.disabled = true;
        return el('li', {}, button);
      }),
    );
  };
  fillList();
  return {
    bounds: bounds.isValid() ? bounds : null,
    open: (schoolId, keepView) => {
      openers.get(schoolId)?.(keepView);
      return openers.has(schoolId);
    },
    relabel: fillList,
  };
}
