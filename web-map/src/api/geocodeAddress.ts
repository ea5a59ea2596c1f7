import type { ZonedStage } from '../DistrictMap';
import { postGraphql } from './postGraphql';

/** A zone the bureau's gazetteer (or the polygon at the candidate's point) gives an address. */
export interface CandidateZone {
  stage: ZonedStage | 'KINDERGARTEN' | 'SENIOR';
  source: 'GAZETTEER_ASSIGNMENT' | 'POLYGON';
  nearBoundary: boolean;
  catchment: { id: string; name: string };
}

/** How a candidate matched the text (catchments' `GeocodeMatch`). */
export type AddressMatch = 'NAME' | 'NAME_IN_TEXT' | 'SIMILAR_NAME' | 'NUMBER_IN_RANGE' | 'NUMBER_OUTSIDE_RANGE' | 'STREET_WITHOUT_NUMBER' | 'EXTERNAL';

export interface AddressCandidate {
  /** The gazetteer entry's stable id (survives a re-import of the same row); null for EXTERNAL. */
  id: string | null;
  kind: 'COMPOUND' | 'ADDRESS' | 'STREET_RANGE' | 'EXTERNAL';
  name: string;
  /** The name or alias that matched. */
  matchedName: string;
  match: AddressMatch;
  /** STREET_RANGE: the number read from the text; ADDRESS: its own; else null. */
  houseNumber: number | null;
  score: number;
  /** WGS-84; null for a street range the bureau gave without a point. */
  lng: number | null;
  lat: number | null;
  fromNumber: number | null;
  toNumber: number | null;
  parity: 'ODD' | 'EVEN' | 'ALL' | null;
  zones: CandidateZone[];
  /** Per stage, its zone in the district's previous published year against the year asked (catchments' `ZoneYearChange`). */
  yearChanges: ZoneYearChange[];
}

/** An address's zone for one stage in two school years; `changed` when the zone (by name) or its schools differ. */
export interface ZoneYearChange {
  stage: CandidateZone['stage'];
  fromYear: number;
  toYear: number;
  from: { name: string }[];
  to: { name: string }[];
  changed: boolean;
  /** The service's Chinese sentence (2026 年属「西区」，2027 年属「东区」); the page builds its own in its language. */
  summary: string;
}

export const GEOCODE_QUERY = `query Geocode($text: String!, $districtCode: String!, $year: Int) {
  geocode(text: $text, districtCode: $districtCode, year: $year, limit: 6) {
    clearMatch
    candidates {
      id kind name matchedName match houseNumber score lng lat fromNumber toNumber parity
      zones { stage source nearBoundary catchment { id name } }
      yearChanges { stage fromYear toYear changed summary from { name } to { name } }
    }
  }
}`;

/** Geocode's answer: ranked candidates (empty when nothing is similar enough), and whether the first may be answered without asking. */
export interface AddressCandidates {
  candidates: AddressCandidate[];
  /** The catchments service's rule (isClearMatch): exact name or number-in-range, runner-up below 0.8. */
  clearMatch: boolean;
}

/** Ranked address candidates for what the parent typed. */
export async function geocodeAddress(gatewayUrl: string, text: string, districtCode: string, year: number | null, signal?: AbortSignal): Promise<AddressCandidates> {
  const data = await postGraphql<{ geocode: AddressCandidates | null }>(gatewayUrl, GEOCODE_QUERY, { text, districtCode, year }, { signal });
  return { candidates: data.geocode?.candidates ?? [], clearMatch: data.geocode?.clearMatch ?? false };
}
