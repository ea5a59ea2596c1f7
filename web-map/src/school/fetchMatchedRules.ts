import { postGraphql } from '../api/postGraphql';
import type { MatchedRule } from './renderSchoolZones';

const QUERY = `query AddressRules($text: String!, $districtCode: String!, $year: Int) {
  geocode(text: $text, districtCode: $districtCode, year: $year, limit: 1) { byAddress { claims { catchment { id } rule { text } } } }
}`;

interface Answer {
  geocode: { byAddress: { claims: { catchment: { id: string }; rule: { text: string } }[] } } | null;
}

/**
 * What the published zones' address rules (对口地段表) say about an address: per claiming zone, the
 * first rule that includes it. Empty for polygon-only zones, and when the look-up fails (the page then
 * shows the rules unmarked rather than nothing).
 */
export async function fetchMatchedRules(gatewayUrl: string, districtCode: string, address: string, year: number): Promise<MatchedRule[]> {
  try {
    const data = await postGraphql<Answer>(gatewayUrl, QUERY, { text: address, districtCode, year }, { partial: true });
    return (data.geocode?.byAddress.claims ?? []).map((c) => ({ zoneId: c.catchment.id, text: c.rule.text }));
  } catch {
    return [];
  }
}
