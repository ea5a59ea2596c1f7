import { CHINESE_HEADERS, csvText } from './csvFiles';

const KINDS = [
  { suffix: '实验小学', stage: '小学' },
  { suffix: '小学', stage: '小学' },
  { suffix: '中学', stage: '初中' },
  { suffix: '学校', stage: '九年一贯制' },
  { suffix: '幼儿园', stage: '幼儿园' },
] as const;
const STREETS = ['建设路', '九州大道', '鼓楼街', '龙桥路', '兴隆街', '文化路', '新兖镇中心街'];

/**
 * `count` schools of district 370812 as a bureau's CSV sheet (Chinese headers), for size tests and
 * the benchmark: codes 37081 + 5 digits from `from`, spread over a 0.1° square around the district.
 */
export function syntheticSchoolSheet(count: number, from = 0): string {
  const rows: string[][] = [];
  for (let i = 0; i < count; i++) {
    const n = from + i;
    const kind = KINDS[n % KINDS.length]!;
    rows.push([
      `37081${String(n).padStart(5, '0')}`,
      `兖州区第${n}${kind.suffix}`,
      kind.stage,
      n % 7 === 0 ? '民办' : '公办',
      `兖州区${STREETS[n % STREETS.length]}${n}号`,
      (116.75 + ((n * 7919) % 10000) / 100000).toFixed(6),
      (35.5 + ((n * 104729) % 10000) / 100000).toFixed(6),
      `0537-3${String(n % 1000000).padStart(6, '0')}`,
      '0537-3419999',
      '兖州区教育局信访室（建设东路1号）',
    ]);
  }
  return csvText(rows, CHINESE_HEADERS);
}
