import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import './style.css';
import { geocodeAddress } from './api/geocodeAddress';
import { HomeAnswerer, targetAtPoint, targetFromCandidate, type HomeTarget } from './answer/HomeAnswerer';
import { renderChoices, renderNotFound } from './answer/renderChoices';
import { ZoneLayers } from './answer/ZoneLayers';
import { createMap } from './createMap';
import { ZONED_STAGES } from './DistrictMap';
import { fitAnswer } from './page/fitAnswer';
import type { BottomSheet } from './page/BottomSheet';
import { PHONE_MEDIA } from './page/isPhone';
import { schoolHistory } from './history/schoolHistory';
import { fetchDistrictMap } from './fetchDistrictMap';
import { fetchPublicConfig } from './fetchPublicConfig';
import { language, t, tNodes } from './i18n/t';
import { applyStaticText, setLanguage } from './i18n/pageLanguage';
import { isSampleData } from './isSampleData';
import { pageElement } from './pageElement';
import { dataText, el } from './page/el';
import { renderSlip } from './answer/renderSlip';
import { chooseYear, publishedYears } from './page/publishedYears';
import { readUrlState, writeUrlState } from './page/urlState';
import { wireControls } from './page/wireControls';
import { renderBoundary } from './renderBoundary';
import { renderLegend } from './renderLegend';
import { renderSchools } from './renderSchools';
import { rankSchools } from './search/rankSchools';
import { SearchBox, suggestionText, type Suggestion } from './search/SearchBox';
import { toLookup } from './search/toLookup';
import { showError } from './showError';

/** Zoom a shared link opens at (Leaflet levels; 16 ≈ 1.2 m per pixel here). */
const HOME_ZOOM = 16;

async function start(): Promise<void> {
  const asked = readUrlState(location.search);
  await setLanguage(asked.lang);
  applyStaticText();
  const status = pageElement('status');
  /** The live status line: page text, or a sentence with API data in it (its parts, names marked as data). */
  const say = (text: string | (string | Node)[]) => status.replaceChildren(...(typeof text === 'string' ? [text] : text));
  status.textContent = t('page.loading');
  renderLegend(pageElement('legend'));
  const config = await fetchPublicConfig({ unreachable: t('error.configUnreachable'), http: t('error.configHttp'), missing: t('error.configMissing') });
  const districtMap = await fetchDistrictMap(config.gatewayUrl, config.districtCode);
  const district = districtMap.district;
  const titles = () => {
    pageElement('page-heading').replaceChildren(...tNodes('page.heading', { district: dataText(district.name) }));
    document.title = t('page.title', { district: district.name });
  };
  titles();
  pageElement('sample-data').hidden = !isSampleData(districtMap);

  const map = createMap(pageElement('map'), config);
  const layers = new ZoneLayers(map);
  /** The answer as a bottom sheet, on a phone only (its code loads only there). */
  let sheet: BottomSheet | null = null;
  const boundaryBounds = renderBoundary(map, district);
  let answerer: HomeAnswerer | null = null;
  // Assigned below, once the answerer exists; the popups only call it after the page is ready.
  let openSchool: (schoolId: string, address?: string | null) => void = () => undefined;
  const drawnSchools = renderSchools(map, districtMap.schools, {
    list: pageElement<HTMLOListElement>('school-list'),
    count: pageElement('school-count'),
    details: (school) => (answerer?.yearData ? schoolHistory(school, answerer.yearData.results) : null),
    openPage: (schoolId) => openSchool(schoolId),
  });
  const districtBounds = boundaryBounds ?? drawnSchools.bounds;
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
    announce: (text) => say(text),
    shareUrl: () => location.href,
    openSchool: (schoolId, address) => openSchool(schoolId, address),
    fit: (bounds, lng, lat, refit) => {
      sheet?.reveal();
      fitAnswer(map, bounds, lng !== null && lat !== null ? L.latLng(lat, lng) : null, refit);
    },
  });
  const phone = window.matchMedia(PHONE_MEDIA);
  const loadSheet = () => {
    if (!phone.matches || sheet) return;
    void import('./page/BottomSheet').then(({ BottomSheet }) => {
      const answered = answerer.target !== null || shownSchool !== null || redraw !== null;
      sheet ??= new BottomSheet(pageElement('side'), pageElement<HTMLButtonElement>('sheet-handle'), pageElement('sheet-body'), pageElement('answer-tools'), () => map.invalidateSize(), answered);
    });
  };
  loadSheet();
  phone.addEventListener('change', loadSheet);

  const syncUrl = () => {
    const target = answerer.target;
    const query = writeUrlState({
      lng: target?.lng ?? null,
      lat: target?.lat ?? null,
      year,
      district: district.code,
      lang: language(),
      // What was matched: the address with its number, and the entry that pins its side of the street.
      place: target?.candidate ? target.place : null,
      entry: target?.candidate?.id ?? null,
      school: shownSchool,
    });
    history.replaceState(null, '', `${location.pathname}${query}`);
  };
  /** Redraws what the panel shows when it is not an answer (choices, not found, a school), e.g. after a language switch. */
  let redraw: (() => void) | null = null;
  /** The school whose page the panel shows (or is loading), for the link; null for anything else. */
  let shownSchool: string | null = null;
  const answer = async (target: HomeTarget, startedAt?: number, refit = true) => {
    pageElement('page-error').hidden = true;
    redraw = null;
    shownSchool = null;
    answerer.target = target;
    syncUrl();
    try {
      await answerer.answer(target, startedAt, refit);
    } catch (error) {
      showError(pageElement('page-error'), error);
    }
  };
  /** Shows something that is not an answer in the panel: the previous answer, its marker and its link go. */
  const showInstead = (draw: () => void, announcement: () => string | (string | Node)[], school: string | null = null) => {
    answerer.clear();
    shownSchool = school;
    syncUrl();
    redraw = () => {
      draw();
      say(announcement());
    };
    redraw();
    sheet?.reveal();
  };

  const input = pageElement<HTMLInputElement>('search');
  const schoolsById = new Map(districtMap.schools.map((s) => [s.id, s]));
  /**
   * A school's page in the panel (its code lazily loaded: it is not needed for a home's answer): the
   * zones it serves this year outlined on the map at once, its popup open, then everything published
   * about it. `address`: the place looked up before, to mark the address rule it matched.
   */
  openSchool = (schoolId, address = null) => {
    pageElement('page-error').hidden = true;
    const school = schoolsById.get(schoolId);
    const zones = answerer.yearData ? ZONED_STAGES.flatMap((s) => answerer.yearData!.zones[s].filter((z) => z.schools.some((x) => x.id === schoolId))) : [];
    showInstead(() => undefined, () => t('schoolPage.loading'), schoolId);
    // Current while the panel still shows this school's loading state (an answer, choices or another school replace it).
    const loading = redraw;
    const isCurrent = () => shownSchool === schoolId && redraw === loading;
    const bounds = layers.outline(zones);
    const location = school?.location ? L.latLng(school.location.lat, school.location.lng) : null;
    // The popup opens where the map settles, so Leaflet's auto-pan can bring all of it into view.
    map.once('moveend', () => drawnSchools.open(schoolId, true));
    fitAnswer(map, bounds, location, true);
    const contact = district.contact ?? null;
    import('./school/openSchoolPage')
      .then(({ openSchoolPage }) =>
        openSchoolPage({
          gatewayUrl: config.gatewayUrl,
          districtCode: district.code,
          bureau: contact,
          schoolName: (id) => schoolsById.get(id)?.name ?? id,
          panel,
          schoolId,
          year: year ?? new Date().getFullYear(),
          address,
          isCurrent,
        }),
      )
      .then((opened) => {
        if (!opened || !isCurrent()) return;
        redraw = () => {
          opened.render();
          say(tNodes('schoolPage.announce', { name: dataText(opened.page.school.name) }));
        };
        say(tNodes('schoolPage.announce', { name: dataText(opened.page.school.name) }));
      })
      .catch((error: unknown) => {
        if (!isCurrent()) return;
        panel.replaceChildren();
        showError(pageElement('page-error'), error);
      });
  };
  const choose = (suggestion: Suggestion, startedAt = performance.now()) => {
    input.value = suggestionText(suggestion);
    if (suggestion.kind === 'SCHOOL') openSchool(suggestion.school.id);
    else if (suggestion.kind === 'COORDINATES') void answer(targetAtPoint(suggestion.lng, suggestion.lat), startedAt);
    else void answer(targetFromCandidate(suggestion.candidate), startedAt);
  };
  const ask = (text: string, suggestions: Suggestion[]) =>
    showInstead(() => renderChoices(panel, text, suggestions, (s) => choose(s)), () => tNodes('choose.announce', { text: dataText(text), n: suggestions.length }));
  const nothingFound = (text: string) =>
    showInstead(
      () =>
        renderNotFound(
          panel,
          text,
          {
            department: district.contact?.department ? dataText(district.contact.department) : t('bureau.fallback'),
            phone: district.contact?.enquiryPhone ?? answerer.yearData?.rules.PRIMARY?.consultationPhone ?? null,
          },
          renderSlip({
            yearData: answerer.yearData,
            contact: district.contact ?? null,
            url: location.href,
            summary: el('span', {}, ...tNodes('slip.notFound', { text: dataText(text) })),
            withRecords: false,
          }),
        ),
      () => tNodes('search.none', { text: dataText(text) }),
    );
  const lookUp = async (text: string, signal?: AbortSignal) =>
    toLookup(await geocodeAddress(config.gatewayUrl, text, district.code, year, signal), rankSchools(text, districtMap.schools));

  new SearchBox(input, pageElement<HTMLUListElement>('suggestions'), { suggest: lookUp, choose, ask, nothingFound });
  map.on('click', (event) => void answer(targetAtPoint(event.latlng.lng, event.latlng.lat), performance.now(), false));

  wireControls({
    years,
    year: () => year,
    setYear: async (chosen) => {
      year = chosen;
      await answerer.loadYear(chosen, years[0] ?? null);
      syncUrl();
      if (answerer.target) await answer(answerer.target, undefined, false);
      // A school page shows the zones and school rules of the year: open it again for the one chosen.
      else if (shownSchool) openSchool(shownSchool);
    },
    relabel: () => {
      applyStaticText();
      renderLegend(pageElement('legend'));
      drawnSchools.relabel();
      sheet?.relabel();
      titles();
      if (answerer.target) answerer.rerender();
      else redraw?.();
      syncUrl();
    },
    locate: (lng, lat) => void answer(targetAtPoint(lng, lat)),
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
  if (asked.district && asked.district !== district.code) {
    const note = pageElement('page-error');
    note.textContent = t('link.otherDistrict', { asked: asked.district, district: district.name, code: district.code });
    note.hidden = false;
    return;
  }

  // A school's page.
  if (asked.school) return openSchool(asked.school);

  // A shared link: the entry it names (its side of the street), else the address if it is still a
  // clear match, else the point; failing all, the same choices or "not found" as Enter would give.
  if (asked.place) {
    input.value = asked.place;
    // A failed geocode is said as such (never as "not found"); the link's point, if any, still answers.
    const found = await geocodeAddress(config.gatewayUrl, asked.place, district.code, year).catch((error: unknown) => {
      showError(pageElement('page-error'), error);
      return null;
    });
    const candidates = found?.candidates ?? [];
    const same = candidates.find((c) => asked.entry !== null && c.id === asked.entry) ?? (found?.clearMatch ? candidates[0] : undefined);
    if (same) {
      if (same.lng !== null && same.lat !== null) map.setView([same.lat, same.lng], HOME_ZOOM);
      return answer(targetFromCandidate(same), undefined, false);
    }
    if (found && (asked.lng === null || asked.lat === null)) {
      const lookup = toLookup(found, rankSchools(asked.place, districtMap.schools));
      return lookup.suggestions.length ? ask(asked.place, lookup.suggestions) : nothingFound(asked.place);
    }
  }
  if (asked.lng !== null && asked.lat !== null) {
    // A shared link opens on the home itself, close enough to see the streets around it.
    map.setView([asked.lat, asked.lng], HOME_ZOOM);
    await answer(targetAtPoint(asked.lng, asked.lat), undefined, false);
  }
}

start().catch((error: unknown) => {
  pageElement('status').textContent = '';
  showError(pageElement('page-error'), error);
});
