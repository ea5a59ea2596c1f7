import L from 'leaflet';
import type { MapSchool } from './DistrictMap';
import { SCHOOL_LIMIT } from './fetchDistrictMap';
import { formatStages } from './formatStages';
import { schoolPopup } from './schoolPopup';
import { stageColour } from './stageColour';

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
}

/**
 * One circle marker per located school and one list entry per school; choosing an entry opens the
 * school's popup, so the list is a keyboard and screen-reader way into the map.
 */
export function renderSchools(map: L.Map, schools: MapSchool[], { list, count, details: popupDetails, openPage }: SchoolListElements): DrawnSchools {
  const openers = new Map<string, (keepView?: boolean) => void>();
  count.textContent = schools.length >= SCHOOL_LIMIT ? `仅显示前 ${SCHOOL_LIMIT} 所` : `共 ${schools.length} 所`;
  const bounds = L.latLngBounds([]);
  list.replaceChildren(
    ...schools.map((school) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      const name = document.createElement('strong');
      name.textContent = school.name;
      const details = document.createElement('span');
      details.textContent = `${formatStages(school.stages)} · ${school.address}`;
      button.append(name, details);
      item.append(button);

      if (!school.location) {
        button.disabled = true;
        details.textContent += ' · 位置未标注';
        return item;
      }
      const position = L.latLng(school.location.lat, school.location.lng);
      bounds.extend(position);
      const marker = L.circleMarker(position, {
        radius: 7,
        color: '#fff',
        weight: 2,
        fillColor: stageColour(school.stages),
        fillOpacity: 0.9,
      })
        // Built when opened, so it shows whatever history has loaded by then.
        .bindPopup(() => {
          const popup = schoolPopup(school, openPage);
          const extra = popupDetails?.(school);
          if (extra) popup.append(extra);
          return popup;
        })
        .addTo(map);
      const open = (keepView = false) => {
        if (!keepView) map.setView(position, Math.max(map.getZoom(), 15));
        marker.openPopup();
      };
      openers.set(school.id, open);
      button.addEventListener('click', () => open());
      return item;
    }),
  );
  return {
    bounds: bounds.isValid() ? bounds : null,
    open: (schoolId, keepView) => {
      openers.get(schoolId)?.(keepView);
      return openers.has(schoolId);
    },
  };
}
