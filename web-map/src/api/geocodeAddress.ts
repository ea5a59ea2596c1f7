import type { ZonedStage } from '../DistrictMap';
import { postGraphql } from './postGraphql';

/** A zone the bureau's gazetteer (or the polygon at the candidate's point) gives an address. */
export interface CandidateZone {
  stage: ZonedStage | 'KINDERGARTEN' | 'SENIOR';
  source: 'GAZETTEER_ASSIGNMENT' | 'POLYGON';
  nearBoundary: boolean;
  catchment: { id: string; name: string };
}

export interface AddressCandidate {
  kind: 'COMPOUND' | 'ADDRESS' | 'STREET_RANGE' | 'EXTERNAL';
  name: string;
  score: number;
  /** WGS-84; null for a street range the bureau gave without a point. */
  lng: number | null;
  lat: number | null;
  fromNumber: number | null;
  toNumber: number | null;
  parity: 'ODD' | 'EVEN' | 'ALL' | null;
  zones: CandidateZone[];
}

export const GEOCODE_QUERY = `query Geocode($text: String!, $districtCode: String!, $year: Int) {
  geocode(text: $text, districtCode: $districtCode, year: $year, limit: 6) {
    candidates {
      kind name score lng lat fromNumber toNumber parity
      zones { stage source nearBoundary catchment { id name } }
    }
  }
}`;

/** Ranked address candidates for what the parent typed; an empty list when nothing is similar enough. */
export async function geocodeAddress(gatewayUrl: string, text: string, districtCode: string, year: number | null, signal?: AbortSignal): Promise<AddressCandidate[]> {
  const data = await postGraphql<{ geocode: { candidates: AddressCandidate[] } | null }>(
    gatewayUrl,
    GEOCODE_QUERY,
    { text, districtCode, year },
    { signal },
  );
  return data.geocode?.candidates ?? [];
}
