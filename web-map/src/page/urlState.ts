import type { Language } from '../i18n/messages';

/**
 * What the page's URL holds, so that a shared, reloaded or printed link gives the same answer and says
 * what it matched. Three kinds of link:
 * - a gazetteer match: `place` (the address as matched, with its house number: `建设路16号`) and
 *   `entry` (the gazetteer entry's stable id, which pins the side of the street), plus `lng`/`lat`
 *   when the entry has a point (for the map view, and as the fallback);
 * - a point (typed coordinates, a tap, "use my location"): `lng`/`lat` only;
 * - a school page: `school` (its 10-digit code);
 * - always `year` and `district`; `lang=en` for English.
 */
export interface UrlState {
  lng: number | null;
  lat: number | null;
  year: number | null;
  /** 6-digit division code of the district the answer is for. */
  district: string | null;
  lang: Language;
  /** The address as matched (`建设路16号`, `幸福华庭`): geocoded again on open. */
  place: string | null;
  /** The gazetteer entry's stable id: on open, the candidate with this id is the one answered. */
  entry: string | null;
  /** A school page (10-digit school code): `?school=…&year=…&district=…` opens everything published about it. */
  school: string | null;
}

const finite = (value: string | null): number | null => (value !== null && value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : null);
const ENTRY_ID = /^[0-9a-f]{12}$/;
const DISTRICT_CODE = /^\d{6}$/;
const SCHOOL_CODE = /^\d{10}$/;

/** @example readUrlState('?place=建设路16号&entry=0123456789ab&year=2026&district=370812') // { place: '建设路16号', entry: '0123456789ab', year: 2026, district: '370812', lng: null, lat: null, lang: 'zh' } */
export function readUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const lng = finite(params.get('lng'));
  const lat = finite(params.get('lat'));
  const year = finite(params.get('year'));
  const entry = params.get('entry')?.trim().toLowerCase() ?? '';
  const district = params.get('district')?.trim() ?? '';
  const place = params.get('place')?.trim() ?? '';
  const school = params.get('school')?.trim() ?? '';
  return {
    lng: lng !== null && lat !== null ? lng : null,
    lat: lng !== null && lat !== null ? lat : null,
    year: year !== null && Number.isInteger(year) ? year : null,
    district: DISTRICT_CODE.test(district) ? district : null,
    lang: params.get('lang') === 'en' ? 'en' : 'zh',
    place: place || null,
    // An id is only meaningful with the text it was matched from.
    entry: place && ENTRY_ID.test(entry) ? entry : null,
    school: SCHOOL_CODE.test(school) ? school : null,
  };
}

/** The query string for a state: what was matched first, coordinates to 6 decimals (about 0.1 m), Chinese left implicit. */
export function writeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.school) params.set('school', state.school);
  if (state.place) params.set('place', state.place);
  if (state.place && state.entry) params.set('entry', state.entry);
  if (state.lng !== null && state.lat !== null) {
    params.set('lng', state.lng.toFixed(6));
    params.set('lat', state.lat.toFixed(6));
  }
  if (state.year !== null) params.set('year', String(state.year));
  if (state.district) params.set('district', state.district);
  if (state.lang === 'en') params.set('lang', 'en');
  const text = params.toString();
  return text ? `?${text}` : '';
}
