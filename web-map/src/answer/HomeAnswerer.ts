import type { LatLngBounds } from 'leaflet';
import type { AddressCandidate } from '../api/geocodeAddress';
import { fetchYearData } from '../api/fetchYearData';
import { locateHome, type HomeLocation } from '../api/locateHome';
import type { YearData, Zone } from '../api/YearData';
import { ZONED_STAGES, type BureauContact, type MapSchool, type ZonedStage } from '../DistrictMap';
import { t, tNodes } from '../i18n/t';
import { beijingToday } from '../rules/phaseStates';
import { matchedPlace } from '../search/matchedPlace';
import type { AnswerView } from './AnswerView';
import { decideStageAnswer, unknownZoneIds } from './decideStageAnswer';
import { renderAnswer, summarise } from './renderAnswer';
import type { ZoneLayers } from './ZoneLayers';
import { checkShownRecords, type Verification } from '../verify/checkShownRecords';
import { renderVerification, renderVerificationPending } from '../verify/renderVerification';

/** What to answer for: a point, a gazetteer candidate (maybe without a point), or nothing yet. */
export interface HomeTarget {
  lng: number | null;
  lat: number | null;
  /** The address as matched (建设路16号); '' for a point, which is named by its coordinates in the page's language when drawn (`placeText`). */
  place: string;
  /** Zones the bureau's gazetteer assigns the address to, by stage. */
  assigned: Partial<Record<ZonedStage, string>>;
  /** The geocode candidate answered, when the home was found by address: the answer and the link say what it matched. */
  candidate: AddressCandidate | null;
}

export function targetFromCandidate(candidate: AddressCandidate): HomeTarget {
  const assigned: Partial<Record<ZonedStage, string>> = {};
  for (const zone of candidate.zones) {
    if (zone.source === 'GAZETTEER_ASSIGNMENT' && (zone.stage === 'PRIMARY' || zone.stage === 'JUNIOR')) assigned[zone.stage] = zone.catchment.id;
  }
  return { lng: candidate.lng, lat: candidate.lat, place: matchedPlace(candidate), assigned, candidate };
}

/** A point (typed coordinates, a tap, the device's location). */
export function targetAtPoint(lng: number, lat: number): HomeTarget {
  return { lng, lat, place: '', assigned: {}, candidate: null };
}

/** What the answer is for, as words: the address as matched, or the point's coordinates in the page's language (so a language switch renames it). */
export function placeText(target: HomeTarget): string {
  if (target.candidate || target.lng === null || target.lat === null) return target.place;
  return t('search.coordinates', { lng: target.lng.toFixed(6), lat: target.lat.toFixed(6) });
}

export interface HomeAnswererDeps {
  gatewayUrl: string;
  districtCode: string;
  schools: ReadonlyMap<string, MapSchool>;
  contact: BureauContact | null;
  layers: ZoneLayers;
  panel: HTMLElement;
  /** Announces the answer to screen readers (a role=status element). */
  announce(text: string | (string | Node)[]): void;
  /** The page's URL for this answer, for the print slip. */
  shareUrl(): string;
  /** Opens a school's page from the answer (with the place looked up, to mark the address rule it matched). */
  openSchool(schoolId: string, address: string | null): void;
  /** After each answer: show the home and its zones (refit), or only keep the home in view. */
  fit(bounds: LatLngBounds | null, lng: number | null, lat: number | null, refit: boolean): void;
}

/**
 * Answers "which zone, which school, which rules" for a home in the chosen year: locate (both stages in
 * one request), then everything else from the year's data already loaded. A newer answer started while
 * one is in flight wins; the older is dropped.
 */
export class HomeAnswerer {
  private sequence = 0;
  target: HomeTarget | null = null;
  yearData: YearData | null = null;
  latestYear: number | null = null;
  /** Set once a newer version of the year's zones replaced the one loaded; said in every later answer. */
  private republished = false;

  constructor(private readonly deps: HomeAnswererDeps) {}

  async loadYear(year: number, latestYear: number | null): Promise<YearData> {
    this.latestYear = latestYear;
    this.republished = false;
    this.yearData = await fetchYearData(this.deps.gatewayUrl, this.deps.districtCode, year);
    this.deps.layers.showZones(this.yearData.zones);
    return this.yearData;
  }

  async answer(target: HomeTarget, startedAt = performance.now(), refit = true): Promise<void> {
    const yearData = this.yearData;
    if (!yearData) return;
    const mine = ++this.sequence;
    this.target = target;
    this.deps.panel.setAttribute('aria-busy', 'true');
    this.deps.announce(t('answer.busy'));
    try {
      let location: HomeLocation | null = null;
      if (target.lng !== null && target.lat !== null) {
        location = await locateHome(this.deps.gatewayUrl, target.lng, target.lat, yearData.year, target.candidate ? target.place : null);
        if (mine !== this.sequence) return;
        const missing = ZONED_STAGES.flatMap((s) => unknownZoneIds(location!.stages[s], zonesById(yearData)));
        // A zone set was republished since the page loaded: reload the year once, then answer.
        if (missing.length) {
          await this.loadYear(yearData.year, this.latestYear);
          this.republished = true;
        }
        if (mine !== this.sequence) return;
      }
      this.render(target, location, startedAt, refit);
    } finally {
      if (mine === this.sequence) this.deps.panel.removeAttribute('aria-busy');
    }
  }

  /** Drops the current answer (and any still in flight): the panel shows something else now (choices, not found, a school). */
  clear(): void {
    this.sequence++;
    this.target = null;
    this.lastLocation = null;
    this.deps.panel.removeAttribute('aria-busy');
    this.deps.layers.clearHome();
    this.deps.layers.outline([]);
  }

  /** Renders the current target again (after a language switch), without asking the gateway. */
  rerender(location: HomeLocation | null = this.lastLocation): void {
    if (this.target) this.render(this.target, location, performance.now(), false);
  }

  private lastLocation: HomeLocation | null = null;

  private render(target: HomeTarget, location: HomeLocation | null, startedAt: number, refit: boolean): void {
    const yearData = this.yearData!;
    this.lastLocation = location;
    const zones = zonesById(yearData);
    const stages = {
      PRIMARY: decideStageAnswer(location?.stages.PRIMARY ?? null, target.assigned.PRIMARY ?? null, zones),
      JUNIOR: decideStageAnswer(location?.stages.JUNIOR ?? null, target.assigned.JUNIOR ?? null, zones),
    };
    const view: AnswerView = {
      place: placeText(target),
      matched: target.candidate,
      stages,
      drafts: { PRIMARY: location?.stages.PRIMARY?.drafts ?? [], JUNIOR: location?.stages.JUNIOR?.drafts ?? [] },
      yearData,
      republished: this.republished,
      newerYear: this.latestYear !== null && this.latestYear > yearData.year ? this.latestYear : null,
      schools: this.deps.schools,
      contact: location?.district?.contact ?? this.deps.contact,
      today: beijingToday(),
      openSchool: (schoolId) => this.deps.openSchool(schoolId, target.candidate ? target.place : null),
    };
    renderAnswer(this.deps.panel, view, this.deps.shareUrl());
    this.showVerification(view);
    if (target.lng !== null && target.lat !== null) this.deps.layers.placeHome(target.lng, target.lat, `${t('map.home')}${t('sep.colon')}${placeText(target)}`);
    else this.deps.layers.clearHome();
    // Announce first: the status line above the map changes its height, and the fit must see the final size.
    this.deps.announce(tNodes('answer.announce', { summary: summarise(view) }));
    this.deps.fit(this.deps.layers.showAnswer(stages), target.lng, target.lat, refit);
    performance.measure('zsgk:answer', { start: startedAt, end: performance.now() });
  }

  /** Answer first, check after: the log checks start once the answer is drawn; a newer answer (which replaces the panel) drops their result. */
  private showVerification(view: AnswerView): void {
    const pending = renderVerificationPending();
    this.deps.panel.append(pending);
    const show = (result: Verification | null | Error) => {
      if (pending.isConnected) pending.replaceWith(renderVerification(result));
    };
    checkShownRecords(this.deps.gatewayUrl, this.deps.districtCode, view).then(show, (error: Error) => show(error));
  }
}

function zonesById(yearData: YearData): Map<string, Zone> {
  return new Map(ZONED_STAGES.flatMap((stage) => yearData.zones[stage].map((zone) => [zone.id, zone] as const)));
}
