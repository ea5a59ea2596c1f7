import type { Language } from '../i18n/messages';

/** What the page's URL holds, so that a shared or reloaded link shows the same answer. */
export interface UrlState {
  lng: number | null;
  lat: number | null;
  year: number | null;
  lang: Language;
  /** The gazetteer name chosen, so that its explicit zone assignment is found again on reload. */
  place: string | null;
}

const finite = (value: string | null): number | null => (value !== null && value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : null);

/** @example readUrlState('?lng=116.8&lat=35.6&year=2026&lang=en') // { lng: 116.8, lat: 35.6, year: 2026, lang: 'en', place: null } */
export function readUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const lng = finite(params.get('lng'));
  const lat = finite(params.get('lat'));
  const year = finite(params.get('year'));
  return {
    lng: lng !== null && lat !== null ? lng : null,
    lat: lng !== null && lat !== null ? lat : null,
    year: year !== null && Number.isInteger(year) ? year : null,
    lang: params.get('lang') === 'en' ? 'en' : 'zh',
    place: params.get('place')?.trim() || null,
  };
}

/** The query string for a state; coordinates to 6 decimals (about 0.1 m), Chinese left implicit. */
export function writeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.lng !== null && state.lat !== null) {
    params.set('lng', state.lng.toFixed(6));
    params.set('lat', state.lat.toFixed(6));
  }
  if (state.place) params.set('place', state.place);
  if (state.year !== null) params.set('year', String(state.year));
  if (state.lang === 'en') params.set('lang', 'en');
  const text = params.toString();
  return text ? `?${text}` : '';
}
