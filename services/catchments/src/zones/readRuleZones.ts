import { readBoundaryTextZones, readRuleTableFile, type RuleProblem, type RuleZone } from '../rules';
import type { ZoneFeatures } from './readZoneFeatures';
import type { ZoneDraft } from './Zone';

/** The rule forms bureaus publish: a 对口地段表 (CSV in UTF-8 or GBK, or .xlsx), or free 四至 text of several zones. */
export type RuleUpload = { format: 'RULE_TABLE_CSV' | 'RULE_TABLE_XLSX'; bytes: Uint8Array } | { format: 'BOUNDARY_TEXT'; text: string };

/** A 10-digit school code written in the 学校 cell or heading (雁城小学（3704810001）). */
const SCHOOL_CODE = /(?<!\d)\d{10}(?!\d)/g;

/**
 * Zones of address rules alone (no polygon), one per 学校 of a rule table or heading of a text.
 * Every cell, row or fragment that gave no rule blocks the import (a zone without a polygon has
 * nothing else to stand for it), named by row and column or by line and column. A zone's 四至 is its
 * text as published; a table zone's is its rows' rules joined in order. School codes written in the
 * key are read here; names are matched to the register by the importer.
 */
export async function readRuleZones(upload: RuleUpload): Promise<ZoneFeatures & { ignoredColumns: string[] }> {
  const read =
    upload.format === 'BOUNDARY_TEXT'
      ? { ...readBoundaryTextZones(upload.text, 'text'), ignoredColumns: [] }
      : await readRuleTableFile(upload.bytes, upload.format === 'RULE_TABLE_XLSX' ? 'table.xlsx' : 'table.csv');
  const zones: ZoneDraft[] = read.zones.map((zone: RuleZone & { text?: string }) => {
    const schoolIds = [...new Set(zone.key.match(SCHOOL_CODE) ?? [])];
    return {
      name: zone.name,
      boundaryText: zone.text ?? zone.rules.map((rule) => rule.text).join('；'),
      geometry: null,
      rules: zone.rules,
      schoolIds,
      allocationMethod: schoolIds.length > 1 ? 'LOTTERY' : 'NEAREST',
      feederSchoolIds: [],
    };
  });
  const problems = read.zones.length || read.problems.length ? [] : [{ index: null, reason: 'the file names no zone' }];
  return {
    zones,
    featureIndex: zones.map((_, i) => i),
    problems,
    repairs: [],
    ruleProblems: read.problems.map((problem: RuleProblem) => ({ ...problem, zone: zoneOf(problem, read.zones), blocking: true })),
    ignoredColumns: read.ignoredColumns,
  };
}

/** The zone a problem's row or line belongs to, when a zone was read from it. */
function zoneOf(problem: RuleProblem, zones: readonly RuleZone[]): string | null {
  const source = problem.source;
  const at = (rule: { source: typeof source }) => ('row' in source && 'row' in rule.source ? rule.source.row === source.row : 'line' in source && 'line' in rule.source && rule.source.line === source.line);
  return zones.find((zone) => zone.rules.some(at))?.name ?? null;
}
