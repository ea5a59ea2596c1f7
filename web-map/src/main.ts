import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import './style.css';
import { geocodeAddress } from './api/geocodeAddress';
import { HomeAnswerer, targetFromCandidate, type HomeTarget } from './answer/HomeAnswerer';
import { ZoneLayers } from './answer/ZoneLayers';
import { createMap } from './createMap';
import { fitAnswer } from './page/fitAnswer';
import { schoolHistory } from './history/schoolHistory';
import { fetchDistrictMap } from './fetchDistrictMap';
import { fetchPublicConfig } from './fetchPublicConfig';
import { applyStaticText, language, setLanguage, t } from './i18n/t';
import { isSampleData } from './isSampleData';
import { pageElement } from './pageElement';
import { chooseYear, publishedYears } from './page/publishedYears';
import { readUrlState, writeUrlState } from './page/urlState';
import { wireControls } from './page/wireControls';
import { renderBoundary } from './renderBoundary';
import { renderLegend } from './renderLegend';
import { renderSchools } from './renderSchools';
import { SearchBox } from './search/SearchBox';
import { showError } from './showError';

/** Zoom a shared link opens at (Leaflet levels; 16 ≈ 1.2 m per pixel here). */
const HOME_ZOOM = 16;

async function start(): Promise<void> {
  const asked = readUrlState(location.search);
  setLanguage(asked.lang);
  applyStaticText();
  const status = pageElement('status');
  status.textContent = t('page.loading');
  renderLegend(pageElement('legend'));
  const config = await fetchPublicConfig();
  const districtMap = await fetchDistrictMap(config.gatewayUrl, config.districtCode);
  const district = districtMap.district;
  const titles = () => {
    pageElement('page-heading').textContent = t('page.heading', { district: district.name });
    document.title = t('page.title', { district: district.name });
  };
  titles();
  pageElement('sample-data').hidden = !isSampleData(districtMap);

  const map = createMap(pageElement('map'), config);
  const layers = new ZoneLayers(map);
  const boundaryBounds = renderBoundary(map, district);
  let answerer: HomeAnswerer | null = null;
  const schoolBounds = renderSchools(map, districtMap.schools, {
    list: pageElement<HTMLOListElement>('school-list'),
    count: pageElement('school-count'),
    details: (school) => (answerer?.yearData ? schoolHistory(school, answerer.yearData.results) : null),
  });
  const districtBounds = boundaryBounds ?? schoolBounds;
  if (districtBounds) map.fitBounds(districtBounds, { padding: [16, 16], maxZoom: 16 });

  const years = publishedYears(districtMap.zoneSets);
  let year = chooseYear(years, asked.year);
  const panel = pageElement('answer');
  answerer = new HomeAnswerer({
    gatewayUrl: config.gatewayUrl,
    districtCode: district.code,
    schools: new Map(districtMap.schools.map((s) => [s.id, s])),
    contact: district.contact ?? null,
    layers,
    panel,
    announce: (text) => (status.textContent = text),
    shareUrl: () => location.href,
    fit: (bounds, lng, lat, refit) => fitAnswer(map, bounds, lng !== null && lat !== null ? L.latLng(lat, lng) : null, refit),
  });

  const syncUrl = () => {
    const target = answerer.target;
    const query = writeUrlState({
      lng: target?.lng ?? null,
      lat: target?.lat ?? null,
      year,
      lang: language(),
      place: target && Object.keys(target.assigned).length ? target.place : null,
    });
    history.replaceState(null, '', `${location.pathname}${query}`);
  };
  const answer = async (target: HomeTarget, startedAt?: number, refit = true) => {
    pageElement('page-error').hidden = true;
    answerer.target = target;
    syncUrl();
    try {
      await answerer.answer(target, startedAt, refit);
    } catch (error) {
      showError(pageElement('page-error'), error);
    }
  };

  const input = pageElement<HTMLInputElement>('search');
  new SearchBox(input, pageElement<HTMLUListElement>('suggestions'), {
    suggest: (text, signal) => geocodeAddress(config.gatewayUrl, text, district.code, year, signal),
    choose: (suggestion, label, startedAt) => {
      input.value = label;
      const target = suggestion.kind === 'COORDINATES' ? { lng: suggestion.lng, lat: suggestion.lat, place: label, assigned: {} } : targetFromCandidate(suggestion.candidate);
      void answer(target, startedAt);
    },
    nothingFound: (text) => (status.textContent = t('search.none', { text })),
  });
  const coordinates = (lng: number, lat: number) => t('search.coordinates', { lng: lng.toFixed(6), lat: lat.toFixed(6) });
  map.on('click', (event) =>
    void answer({ lng: event.latlng.lng, lat: event.latlng.lat, place: coordinates(event.latlng.lng, event.latlng.lat), assigned: {} }, performance.now(), false),
  );

  wireControls({
    years,
    year: () => year,
    setYear: async (chosen) => {
      year = chosen;
      await answerer.loadYear(chosen, years[0] ?? null);
      syncUrl();
      if (answerer.target) await answer(answerer.target, undefined, false);
    },
    relabel: () => {
      applyStaticText();
      renderLegend(pageElement('legend'));
      titles();
      answerer.rerender();
      syncUrl();
    },
    locate: (lng, lat) => void answer({ lng, lat, place: coordinates(lng, lat), assigned: {} }),
    status,
  });

  if (year === null) {
    status.textContent = t('unknown.notice', { stage: '' });
    return;
  }
  await answerer.loadYear(year, years[0] ?? null);
  status.textContent = '';
  // For people: the map and the search are ready. For tests: a stable signal to wait for.
  document.body.dataset.state = 'ready';
  if (asked.place) {
    const candidates = await geocodeAddress(config.gatewayUrl, asked.place, district.code, year).catch(() => []);
    const same = candidates.find((c) => c.name === asked.place);
    if (same) {
      if (same.lng !== null && same.lat !== null) map.setView([same.lat, same.lng], HOME_ZOOM);
      return answer(targetFromCandidate(same), undefined, false);
    }
  }
  if (asked.lng !== null && asked.lat !== null) {
    // A shared link opens on the home itself, close enough to see the streets around it.
    map.setView([asked.lat, asked.lng], HOME_ZOOM);
    await answer({ lng: asked.lng, lat: asked.lat, place: asked.place ?? coordinates(asked.lng, asked.lat), assigned: {} }, undefined, false);
  }
}

start().catch((error: unknown) => {
  pageElement('status').textContent = '';
  showError(pageElement('page-error'), error);
});
