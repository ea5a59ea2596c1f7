import type { BureauContact, ZonedStage } from '../DistrictMap';
import { postGraphql } from './postGraphql';

/** locate's answer for one stage, by id: the page renders zones and schools from its YearData and school list. */
export interface StageLocation {
  year: number | null;
  matches: { edgeDistanceMeters: number; catchment: { id: string } }[];
  nearBoundary: boolean;
  nearestEdgeMeters: number | null;
  nearbyCatchments: { id: string }[];
  nearestCatchments: { edgeDistanceMeters: number; catchment: { id: string } }[];
  nearestSchools: { id: string }[];
  /** What each zone set out for public comment (征求意见稿) would change here; never part of `matches`. */
  drafts: DraftAnswer[];
}

/** catchments' `DraftLocateAnswer`: a draft for public comment at the point, labelled DRAFT, never in force. */
export interface DraftAnswer {
  consultationId: string;
  /** Last day of the comment window (YYYY-MM-DD). */
  closesOn: string;
  /** True when under the draft the point would be in another zone or under other schools. */
  moves: boolean;
  /** The service's Chinese sentence (按征求意见稿…); the page builds its own from the fields, in its language. */
  summary: string;
  zoneSet: { id: string; year: number; version: number };
  matches: { catchment: { name: string } }[];
  current: { name: string }[];
  /** With an address: what the draft's own address rules (地段表) say. */
  byAddress: { claims: { catchment: { name: string }; rule: { text: string } }[] } | null;
}

export interface HomeLocation {
  /** The point after conversion to WGS-84. */
  lng: number;
  lat: number;
  stages: Record<ZonedStage, StageLocation | null>;
  /** The district containing the point and its bureau's contacts; null outside every stored district. */
  district: { code: string; name: string; contact: BureauContact | null } | null;
}

const STAGE_FIELDS = `year nearBoundary nearestEdgeMeters
  matches { edgeDistanceMeters catchment { id } }
  nearbyCatchments { id }
  nearestCatchments { edgeDistanceMeters catchment { id } }
  nearestSchools { id }
  drafts { consultationId closesOn moves summary zoneSet { id year version } matches { catchment { name } } current { name }
    byAddress { claims { catchment { name } rule { text } } } }`;

export const LOCATE_HOME_QUERY = `query LocateHome($lng: Float!, $lat: Float!, $year: Int, $address: String) {
  primary: locate(lng: $lng, lat: $lat, year: $year, stage: PRIMARY, address: $address) {
    lng lat ${STAGE_FIELDS}
    district { code name contact { department enquiryPhone supervisionPhone address website } }
  }
  junior: locate(lng: $lng, lat: $lat, year: $year, stage: JUNIOR, address: $address) { ${STAGE_FIELDS} }
}`;

type Answer = {
  primary: (StageLocation & Pick<HomeLocation, 'lng' | 'lat' | 'district'>) | null;
  junior: StageLocation | null;
};

/**
 * Which zones of each stage contain a WGS-84 point (from the map, the browser or a geocoded address), and
 * what drafts out for comment would change there (`address`, the place as matched, for the drafts' address rules).
 */
export async function locateHome(gatewayUrl: string, lng: number, lat: number, year: number | null, address: string | null = null): Promise<HomeLocation> {
  const { primary, junior } = await postGraphql<Answer>(gatewayUrl, LOCATE_HOME_QUERY, { lng, lat, year, address });
  return {
    lng: primary?.lng ?? lng,
    lat: primary?.lat ?? lat,
    stages: { PRIMARY: primary, JUNIOR: junior },
    district: primary?.district ?? null,
  };
}
