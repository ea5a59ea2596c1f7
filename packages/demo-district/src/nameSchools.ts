import { chineseNumeral } from './chineseNumeral';
import type { Random } from './createRandom';
import type { SchoolKind } from './placeSchools';

export interface SchoolNaming {
  name: string;
  shortName: string;
  address: string;
}

// 兖州区's sub-district offices (街道) and towns (镇); villages and roads below are made up.
export const STREETS = ['鼓楼街道', '酒仙桥街道', '龙桥街道', '兴隆庄街道'] as const;
export const TOWNS = ['大安镇', '新驿镇', '颜店镇', '小孟镇', '漕河镇'] as const;
const PLACES = [...STREETS, ...TOWNS];
const VILLAGES = ['王庄', '李官', '西顿', '东杨', '北店', '高庙', '孙庄', '前海', '后楼', '大韩'];
const CITY_ROADS = ['建设东路', '建设西路', '九州中路', '九州东路', '九州西路', '文化东路', '文化西路', '中御桥北路', '中御桥南路', '龙桥北路', '龙桥南路', '兴隆路', '府前街', '鼓楼北街', '西关大街', '东方路', '扬州路', '青莲路', '少陵路', '酒仙桥路'];
const TOWN_ROADS = ['振兴路', '府前路', '文化路', '兴业路', '育才路', '团结路', '中心街'];

// Curated names in tiers: the head in this order, each later tier shuffled by seed; numbered names
// once all are used. Village schools come last, as a district's best-known schools are in town.
const POOLS: Record<SchoolKind, { tiers: string[][]; numbered: (n: number) => string }> = {
  PRIMARY: {
    tiers: [
      ['实验小学', '鼓楼街道中心小学', '第二实验小学'],
      [
        ...PLACES.filter((p) => p !== '鼓楼街道').map((p) => `${p}中心小学`),
        ...['第三实验小学', '东方小学', '西关小学', '北关小学', '南关小学', '九州小学', '少陵小学', '文化路小学', '建设路小学', '青莲小学', '扬州路小学', '中御桥小学'],
      ],
      TOWNS.flatMap((town) => VILLAGES.map((village) => `${town}${village}小学`)),
    ],
    numbered: (n) => `第${chineseNumeral(n)}小学`,
  },
  NINE_YEAR: { tiers: [['龙桥实验学校'], ['颜店镇九年一贯制学校', '兴隆庄学校', '东方实验学校']], numbered: (n) => `第${chineseNumeral(n)}九年一贯制学校` },
  PRIVATE_PRIMARY: { tiers: [['启明外国语小学']], numbered: (n) => `育才第${chineseNumeral(n)}小学` },
  JUNIOR: {
    tiers: [['第十五中学', '实验初级中学'], ['第十六中学', '第十八中学', '第十九中学', '第二十中学', ...PLACES.map((p) => `${p}中学`)]],
    // Low numbers belong to the old senior high schools (第一中学); junior ones carry on after 二十.
    numbered: (n) => `第${chineseNumeral(n + 20)}中学`,
  },
  SENIOR: { tiers: [['第一中学', '第六中学'], ['第二中学', '第三中学', '第四中学', '第五中学']], numbered: (n) => `第${chineseNumeral(n)}中学` },
};

/**
 * Names every school (unique, district prefix included), with a short name and a street address.
 * Numbered names (第二十一中学 …) take over when the curated lists run out, so any count works.
 *
 * @example nameSchools(['PRIMARY', 'SENIOR'], '兖州区', random) // [{ name: '兖州区实验小学', … }, { name: '兖州区第一中学', … }]
 */
export function nameSchools(kinds: SchoolKind[], districtName: string, random: Random): SchoolNaming[] {
  const queues = new Map<SchoolKind, string[]>();
  const counters = new Map<SchoolKind, number>();
  const used = new Set<string>();
  const nextName = (kind: SchoolKind): string => {
    const pool = POOLS[kind];
    if (!queues.has(kind)) queues.set(kind, pool.tiers.flatMap((tier, t) => (t === 0 ? tier : random.shuffle(tier))));
    const queue = queues.get(kind)!;
    for (;;) {
      let candidate = queue.shift();
      if (candidate === undefined) {
        const n = (counters.get(kind) ?? 0) + 1;
        counters.set(kind, n);
        candidate = pool.numbered(n);
      }
      if (!used.has(candidate)) {
        used.add(candidate);
        return candidate;
      }
    }
  };

  return kinds.map((kind) => {
    const bare = nextName(kind);
    const place = PLACES.find((p) => bare.startsWith(p));
    const address = place
      ? `${districtName}${place}${random.pick(TOWN_ROADS)}${random.int(1, 99)}号`
      : `${districtName}${random.pick(CITY_ROADS)}${random.int(1, 299)}号`;
    // Parents say 鼓楼中心小学, not 兖州区鼓楼街道中心小学.
    const shortName = place ? bare.replace(/^(.+?)(街道|镇)(?=.)/, '$1') : bare;
    return { name: `${districtName}${bare}`, shortName, address };
  });
}
