import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { normalizeAddress, type AddressPlace, type GazetteerEntry } from '../gazetteer';
import { parseAddress, type AddressRule, type ParsedAddress, type RuleIndex, type RuleProblem } from '../rules';
import { claimZonesByAddress, type AddressClaims } from '../zones/claimZonesByAddress';
import { checkRulesAgainstGazetteer, type RuleCheck } from '../zones/checkRulesAgainstGazetteer';
import type { Catchment, Stage, ZoneSetView } from '../zones/Zone';
import type { GazetteerContext } from './gazetteerResolvers';

type Ctx = GazetteerContext;

/** A gazetteer match at least this good gives the canonical name an address is read as. */
const GAZETTEER_NAME_SCORE = 0.8;

/** An address to answer by rule: the text, its district, and which year and stage. */
export interface AddressQuery {
  text: string;
  where: AddressPlace;
  year: number | null;
  stage: Stage | null;
}

/**
 * Address rules in the API: each zone's rules, `byAddress` on locate and geocode (gazetteer first,
 * then the rules of the district's published zones), and a coverage report's rule coverage and
 * text ⇄ polygon consistency.
 */
export const ruleResolvers = {
  Catchment: {
    rules: (c: Catchment) => (c.rules ?? []).map(ruleView),
  },
  RuleProblem: {
    file: (p: RuleProblem) => p.source.file,
    row: (p: RuleProblem) => ('row' in p.source ? p.source.row : null),
    field: (p: RuleProblem) => ('row' in p.source ? p.source.column : null),
    line: (p: RuleProblem) => ('line' in p.source ? p.source.line : null),
    column: (p: RuleProblem) => ('line' in p.source ? p.source.column : null),
  },
  LocateResult: {
    byAddress: (result: { addressQuery: AddressQuery | null }, _: unknown, ctx: Ctx) => (result.addressQuery ? answerByAddress(result.addressQuery, ctx) : null),
  },
  DraftLocateAnswer: {
    // The draft's own rules, in the draft's year and stage: what the address would be under the draft.
    byAddress: (answer: { addressQuery: AddressQuery | null; setId: string }, _: unknown, ctx: Ctx) => {
      const zones = ctx.published().drafts.rules.get(answer.setId);
      return answer.addressQuery && zones ? answerByAddress(answer.addressQuery, ctx, zones) : null;
    },
  },
  CoverageReport: {
    ruleCoverage: async (report: { set: ZoneSetView }, _: unknown, ctx: Ctx) => {
      const { check, entries, zones } = await ruleCheckOf(report.set, ctx);
      return {
        textOnlyZones: check.textOnlyZones.map(({ zone, ...counts }) => ({ catchment: zone, ...counts })),
        zonesWithRulesAndPolygon: zones.filter((z) => z.geometry && z.rules?.length).length,
        gazetteerEntries: entries ? entries.length : null,
        unclaimedGazetteerEntries: check.unclaimed.map((e) => e.name),
      };
    },
    ruleConsistency: async (report: { set: ZoneSetView }, _: unknown, ctx: Ctx) => {
      const { check, entries } = await ruleCheckOf(report.set, ctx);
      return {
        disagreements: check.disagreements.map((d) => ({
          name: d.entry.name, lng: d.point[0], lat: d.point[1], byPolygon: d.byPolygon,
          byRules: d.byRules.map((c) => ({ catchment: c.zone, rule: ruleView(c.rule) })),
        })),
        rulesOutsidePolygon: check.rulesOutsidePolygon.map((r) => ({
          match: { catchment: r.zone, rule: ruleView(r.rule) }, name: r.entry.name, lng: r.point[0], lat: r.point[1],
        })),
        notes: entries ? [] : [`no gazetteer of district ${report.set.districtCode} is in force: text and polygons were not compared`],
      };
    },
  },
} satisfies GraphQLResolverMap<Ctx>;

/**
 * What the published rules of the district say about an address. The gazetteer is asked first: when
 * it knows the text under a canonical name (an alias, another spelling of a compound or street),
 * that name is matched before the text as typed.
 */
export async function answerByAddress(query: AddressQuery, ctx: Ctx, zones?: { rules: RuleIndex; byId: ReadonlyMap<string, Catchment> }) {
  const snapshot = ctx.published();
  const gazetteer = await ctx.gazetteer.catalog.find(query.where);
  const normalized = normalizeAddress(query.text, query.where);
  const best = gazetteer?.index.search(normalized, 1)[0];
  const canonical = best && best.score >= GAZETTEER_NAME_SCORE ? canonicalForm(best.entry, normalized.houseNumber) : null;
  const typed = parseAddress(query.text, query.where);
  const forms = canonical ? [{ ...parseAddress(canonical, query.where), building: typed.building }, typed] : [typed];
  const answer = claimZonesByAddress(forms, zones?.rules ?? snapshot.rules, zones?.byId ?? snapshot.byId, {
    districtCode: query.where.districtCode,
    year: query.year,
    stage: query.stage,
    latest: (district, stage) => snapshot.index.latest(district, stage),
  });
  return addressAnswer(answer, canonical && answer.address === forms[0] ? best!.entry.name : null);
}

/** The gazetteer entry as an address: a street range with the typed house number, else its name. */
function canonicalForm(entry: GazetteerEntry, houseNumber: number | null): string {
  return entry.kind === 'STREET_RANGE' && houseNumber !== null ? `${entry.name}${houseNumber}号` : entry.name;
}

function addressAnswer(answer: AddressClaims<Catchment>, gazetteerName: string | null) {
  const a: ParsedAddress = answer.address;
  return {
    address: a.text, road: a.road, houseNumber: a.houseNumber, lane: a.lane, place: a.place, subdistrict: a.subdistrict, gazetteerName,
    claims: answer.claims.map((c) => ({ catchment: c.zone, rule: ruleView(c.rule) })),
    shared: answer.shared,
    excluded: answer.excluded.map((e) => ({ catchment: e.zone, rule: ruleView(e.rule) })),
  };
}

/** A rule as the API shows it: kind, the bureau's words, and where in the upload they were. */
function ruleView(rule: AddressRule) {
  const source = rule.source;
  return {
    kind: rule.kind, text: rule.text, note: rule.note,
    row: 'row' in source ? source.row : null, field: 'row' in source ? source.column : null,
    line: 'line' in source ? source.line : null, column: 'line' in source ? source.column : null,
  };
}

type SetRuleCheck = { check: RuleCheck<Catchment>; entries: GazetteerEntry[] | null; zones: Catchment[] };
/** One check per report and request: both fields read it. */
const checks = new WeakMap<Ctx, Map<string, Promise<SetRuleCheck>>>();

function ruleCheckOf(set: ZoneSetView, ctx: Ctx): Promise<SetRuleCheck> {
  const perRequest = checks.get(ctx) ?? new Map<string, Promise<SetRuleCheck>>();
  checks.set(ctx, perRequest);
  let check = perRequest.get(set.id);
  if (!check) {
    check = (async () => {
      const zones = await ctx.repository.findZonesOfSet(set);
      const current = await ctx.gazetteer.repository.current(set.districtCode);
      const entries = current ? await ctx.gazetteer.repository.entries(current.setId) : null;
      const district = await ctx.repository.findDistrict(set.districtCode);
      const where = { districtCode: set.districtCode, districtName: district?.name ?? null };
      return { check: checkRulesAgainstGazetteer(zones, entries ?? [], where), entries, zones };
    })();
    perRequest.set(set.id, check);
  }
  return check;
}
