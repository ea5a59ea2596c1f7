import fs from 'node:fs';
import path from 'node:path';
import type { RuleZone } from './AddressRule';
import { matchAddress } from './matchAddress';
import { parseAddress } from './parseAddress';
import { parseBoundaryText } from './parseBoundaryText';
import { readRuleTableFile } from './readRuleTableFile';
import { RuleIndex } from './RuleIndex';

/**
 * Golden rule cases (Turf style): fixtures/in/<case>.<json|txt|csv|xlsx> → fixtures/out/<case>.json.
 * `REGEN=1 npx jest services/catchments/src/rules` rewrites the outputs; review their diff like code.
 * - match-*.json: zones given as rule text, each address parsed and matched;
 * - parse-*.txt: a 四至/list text read into rules, sides and problems;
 * - table-*.csv|xlsx: a 对口地段表 read into zones and problems;
 * - addresses.json: addresses taken apart.
 * fixtures/SOURCES.md names where the real fragments come from.
 */
const FIXTURES = path.join(__dirname, 'fixtures');
const cases = fs.readdirSync(path.join(FIXTURES, 'in')).filter((f) => /\.(json|txt|csv|xlsx)$/.test(f)).sort();

interface MatchCase {
  zones: { key: string; text: string }[];
  addresses: string[];
}

async function runCase(file: string): Promise<unknown> {
  const bytes = fs.readFileSync(path.join(FIXTURES, 'in', file));
  if (file === 'addresses.json') return (JSON.parse(bytes.toString('utf8')) as string[]).map((a) => ({ address: a, parsed: parseAddress(a) }));
  if (file.startsWith('match-')) return runMatchCase(file, JSON.parse(bytes.toString('utf8')) as MatchCase);
  if (file.endsWith('.txt')) return parseBoundaryText(bytes.toString('utf8'), file);
  return readRuleTableFile(bytes, file);
}

function runMatchCase(file: string, input: MatchCase): unknown {
  const zones: RuleZone[] = input.zones.map(({ key, text }) => {
    const read = parseBoundaryText(text, `${file}#${key}`);
    if (read.problems.length) throw new Error(`zone ${key} of ${file} does not parse: ${JSON.stringify(read.problems)}`);
    return { key, name: key, rules: read.rules };
  });
  const index = new RuleIndex(zones);
  return input.addresses.map((address) => {
    const match = matchAddress(parseAddress(address), index);
    return {
      address,
      claims: match.claims.map((c) => ({ zone: c.zone.key, rule: c.rule.text })),
      shared: match.shared,
      excluded: match.excluded.map((e) => ({ zone: e.zone.key, rule: e.rule.text })),
    };
  });
}

describe('golden address-rule fixtures', () => {
  it('when the fixtures are listed, then there are match, text, GBK CSV and xlsx cases', () => {
    expect(cases.filter((c) => c.startsWith('match-')).length).toBeGreaterThanOrEqual(3);
    expect(cases.filter((c) => c.endsWith('.txt')).length).toBeGreaterThanOrEqual(1);
    expect(cases).toEqual(expect.arrayContaining(['table-gbk.csv', 'table-xlsx.xlsx', 'addresses.json']));
  });

  it.each(cases)('when case %s is run, then the result equals its golden output', async (file) => {
    const actual = JSON.parse(JSON.stringify(await runCase(file)));
    const outFile = path.join(FIXTURES, 'out', `${file.replace(/\.[^.]+$/, '')}.json`);
    if (process.env.REGEN === '1') fs.writeFileSync(outFile, `${JSON.stringify(actual, null, 2)}\n`);
    expect(fs.existsSync(outFile)).toBe(true);
    expect(actual).toEqual(JSON.parse(fs.readFileSync(outFile, 'utf8')));
  });
});
