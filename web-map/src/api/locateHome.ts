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
  nearestSchools { id }`;

export const LOCATE_HOME_QUERY = `query LocateHome($lng: Float!, $lat: Float!, $year: Int) {
  primary: locate(lng: $lng, lat: $lat, year: $year, stage: PRIMARY) {
    lng lat ${STAGE_FIELDS}
    district { code name contact { department enquiryPhone supervisionPhone address website } }
  }
  junior: locate(lng: $lng, lat: $lat, year: $year, stage: JUNIOR) { ${STAGE_FIELDS} }
}`;

type Answer = {
  primary: (StageLocation & Pick<HomeLocation, 'lng' | 'lat' | 'district'>) | null;
  junior: StageLocation | null;
};

/** Which zones of each stage contain a WGS-84 point (from the map, the browser or a geocoded address). */
export async function locateHome(gatewayUrl: string, lng: number, lat: number, year: number | null): Promise<HomeLocation> {
  const { primary, junior } = await postGraphql<Answer>(gatewayUrl, LOCATE_HOME_QUERY, { lng, lat, year });
  return {
    lng: primary?.lng ?? lng,
    lat: primary?.lat ?? lat,
    stages: { PRIMARY: primary, JUNIOR: junior },
    district: primary?.district ?? null,
  };
}
