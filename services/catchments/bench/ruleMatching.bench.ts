/**
 * Address-rule matching: addresses per second for BENCH_ADDRESSES (100,000) home addresses against a
 * district of BENCH_RULES (5,000) rules in 250 zones, seed 1. The rules are written as 四至/list text
 * and read by parseBoundaryText, as an import would; roads carry 号 ranges (单/双/全) and 弄 ranges
 * with 支弄, places are 小区, 村 and 里 with 鄰, with exclusions and whole 街道. Prints parse, match
 * and parse + match rates; never fails on timing.
 *
 * `npx tsx services/catchments/bench/ruleMatching.bench.ts`
 */
import { mulberry32 as seededRandom } from '@zsgk/demo-district';
import { matchAddress, parseAddress, parseBoundaryText, RuleIndex, type ParsedAddress, type RuleZone } from '../src/rules';

const RULES = Number(process.env.BENCH_RULES || 5000);
const ADDRESSES = Number(process.env.BENCH_ADDRESSES || 100_000);
const ZONES = 250;
const random = seededRandom(1);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const int = (from: number, to: number) => from + Math.floor(random() * (to - from + 1));
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

const SYLLABLES = [...'长宁江苏华山延安武夷定西康平昌化石门泰兴新闸凤阳北京南东中兴业光明幸福建设人民和平胜利团结友谊'];
const name = (length: number) => Array.from({ length }, () => pick(SYLLABLES)).join('');
const roads = Array.from({ length: 1200 }, (_, i) => `${name(2)}${i}${pick(['路', '街', '巷', '大道'])}`);
const places = Array.from({ length: 1500 }, (_, i) => `${name(2)}${i}${pick(['小区', '村', '新村', '花园', '里'])}`);
const units = Array.from({ length: 20 }, (_, i) => `${name(2)}${i}街道`);

function ruleText(): string {
  const roll = random();
  const road = pick(roads);
  if (roll < 0.3) {
    const from = int(1, 400);
    return `${road}${from}-${from + int(2, 200)}号（${pick(['单号', '双号', '全部'])}）`;
  }
  if (roll < 0.5) {
    const from = int(1, 300);
    return `${road}${from}-${from + int(0, 60)}弄`;
  }
  if (roll < 0.55) return `${road}${int(1, 400)}弄1-${int(2, 30)}支弄`;
  if (roll < 0.6) return `${road}（不含${road}${int(1, 50)}-${int(51, 200)}号）`;
  const place = pick(places);
  if (roll < 0.88) return place.endsWith('里') ? `${place}（1-${int(2, 20)}鄰）` : place;
  if (roll < 0.98) return place.endsWith('里') ? `${place}，除1-${int(1, 5)}鄰` : `除${place}外`;
  return `${pick(units)}全境`;
}

function address(): string {
  const roll = random();
  if (roll < 0.45) return `${pick(roads)}${int(1, 600)}号${pick(['', '3栋2单元501室', '幸福小区'])}`;
  if (roll < 0.7) return `${pick(roads)}${int(1, 400)}弄${random() < 0.3 ? `${int(1, 30)}支弄` : ''}${int(1, 80)}号`;
  if (roll < 0.9) {
    const place = pick(places);
    return place.endsWith('里') ? `${place}${int(1, 25)}鄰` : `${place}${int(1, 30)}栋`;
  }
  return `${pick(units)}${pick(roads)}${int(1, 600)}号`;
}

function time<T>(run: () => T): [T, number] {
  const start = process.hrtime.bigint();
  const result = run();
  return [result, Number(process.hrtime.bigint() - start) / 1e9];
}

function main() {
  console.log(`[rules bench] node ${process.version}; ${RULES} rules in ${ZONES} zones, ${ADDRESSES} addresses, seed 1`);
  const texts: string[][] = Array.from({ length: ZONES }, () => []);
  for (let i = 0; i < RULES; i++) texts[i % ZONES]!.push(ruleText());
  const [zones, readSeconds] = time((): RuleZone[] =>
    texts.map((lines, z) => ({ key: `zone-${z}`, name: `第${z}小学`, rules: parseBoundaryText(lines.join('\n'), `zone-${z}`).rules })),
  );
  const [index, indexSeconds] = time(() => new RuleIndex(zones));
  console.log(`[rules bench] read ${index.ruleCount} rules from text in ${readSeconds.toFixed(2)} s; indexed in ${(indexSeconds * 1000).toFixed(0)} ms`);

  const raw = Array.from({ length: ADDRESSES }, address);
  // Warm up the JIT on a slice, then measure the whole run.
  for (const a of raw.slice(0, 5000)) matchAddress(parseAddress(a), index);
  const [parsed, parseSeconds] = time((): ParsedAddress[] => raw.map((a) => parseAddress(a)));
  const [answers, matchSeconds] = time(() => parsed.map((a) => matchAddress(a, index)));
  const [, bothSeconds] = time(() => raw.map((a) => matchAddress(parseAddress(a), index)));
  const claimed = answers.filter((m) => m.claims.length).length;
  const shared = answers.filter((m) => m.shared).length;
  const excluded = answers.filter((m) => m.excluded.length).length;
  console.log(`[rules bench] parseAddress: ${fmt(ADDRESSES / parseSeconds)} addresses/s`);
  console.log(`[rules bench] matchAddress (parsed): ${fmt(ADDRESSES / matchSeconds)} addresses/s`);
  console.log(`[rules bench] parse + match: ${fmt(ADDRESSES / bothSeconds)} addresses/s`);
  console.log(`[rules bench] answers: ${fmt(claimed)} claimed, ${fmt(shared)} shared, ${fmt(excluded)} with an exclusion applied`);
}

main();
