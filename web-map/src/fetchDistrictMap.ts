import { postGraphql } from './api/postGraphql';
import type { District, DistrictMap, MapSchool, ZoneSetSummary } from './DistrictMap';
import { PageError } from './PageError';
import { t } from './i18n/t';

/** Largest page the gateway serves; a district this size is shown with a note (see renderSchools). */
export const SCHOOL_LIMIT = 500;

export const DISTRICT_MAP_QUERY = `query DistrictMap($districtCode: String!) {
  district(code: $districtCode) {
    code name sampleData boundary
    contact { department enquiryPhone supervisionPhone address website }
  }
  schools(filter: { districtCode: $districtCode }, first: ${SCHOOL_LIMIT}) {
    nodes {
      id name shortName stages ownership address enquiryPhone supervisionPhone petitionAddress website
      location { lng lat } sampleData
    }
  }
  zoneSets(districtCode: $districtCode) { year stage version status publishedAt sourceDocument }
}`;

interface DistrictMapData {
  district: District | null;
  schools: { nodes: MapSchool[] } | null;
  zoneSets?: ZoneSetSummary[] | null;
}

/** Asks the gateway for one district's outline, schools and published zone sets. Every failure is a PageError naming the gateway. */
export async function fetchDistrictMap(gatewayUrl: string, districtCode: string): Promise<DistrictMap> {
  const { district, schools, zoneSets } = await postGraphql<DistrictMapData>(gatewayUrl, DISTRICT_MAP_QUERY, { districtCode });
  if (!district) throw new PageError(t('error.districtNotFound', { code: districtCode }));
  return { district, schools: schools?.nodes ?? [], zoneSets: zoneSets ?? [] };
}
