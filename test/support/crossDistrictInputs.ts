import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The inputs of test/crossDistrict.test.ts: two neighbouring districts of 济宁 and a write of every kind for each. */
export const OURS = '370811';
export const THEIRS = '370812';
export type District = typeof OURS | typeof THEIRS;
/** Points and squares well inside each real boundary (GCJ-02 and WGS-84 differ by ~500 m here). */
export const INSIDE: Record<District, { lng: number; lat: number }> = { [THEIRS]: { lng: 116.79, lat: 35.55 }, [OURS]: { lng: 116.59, lat: 35.41 } };
export const SQUARE: Record<District, readonly number[]> = { [THEIRS]: [116.78, 35.54, 116.8, 35.56], [OURS]: [116.58, 35.4, 116.6, 35.42] };
export const school = (id: string, districtCode: District, extra: Record<string, unknown> = {}) => ({
  id, name: `跨区测试学校${id.slice(-4)}`, stages: ['PRIMARY'], ownership: 'PUBLIC', districtCode, address: '建设路1号', location: INSIDE[districtCode],
  enquiryPhone: '0537-3412345', supervisionPhone: '0537-3419999', petitionAddress: '教育局信访室', ...extra,
});
export const square = (name: string, schools: string[], [x0, y0, x1, y1]: readonly number[]) => ({
  type: 'Feature', properties: { name, schools, boundaryText: `东至${x1}，西至${x0}` },
  geometry: { type: 'Polygon', coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]] },
});
export const zones = (districtCode: string, year: number, features: unknown[]) => ({
  input: { districtCode, year, stage: 'PRIMARY', content: JSON.stringify({ type: 'FeatureCollection', features }) },
});
export const boundaryFile = (code: string, geometry?: object) => {
  const all = JSON.parse(readFileSync(path.join(__dirname, '../../data/district-boundaries/jining-370800-gcj02.geojson'), 'utf8'));
  const feature = all.features.find((f: any) => String(f.properties.adcode) === code);
  return { input: { districtCode: code, crs: 'GCJ02', contact: { department: `${feature.properties.name}教育局`, enquiryPhone: '0537-3412345' },
    content: JSON.stringify({ type: 'FeatureCollection', features: [geometry ? { ...feature, geometry } : feature] }) } };
};
export const rulesRow = (year: number) => ({ year, stage: 'PRIMARY', title: `${year}年义务教育招生方案`, admissionMethod: '就近免试入学', interpretation: '招生政策解读' });
export const rulesFile = (districtCode: string, year: number) => ({ input: { districtCode, content: JSON.stringify([rulesRow(year)]) } });
/** The same rules through the form (the console's 招生规则 page). */
export const rulesForm = (districtCode: string, year: number) => ({ input: { districtCode, ...rulesRow(year) } });
export const resultsFile = (districtCode: string, schoolId: string, extra: Record<string, unknown> = {}) => ({
  input: { districtCode, content: JSON.stringify([{ schoolId, year: 2025, stage: 'PRIMARY', round: 1, plannedSeats: 180, applicants: 201, admitted: 180, ...extra }]) },
});
export const policy = (districtCode: string, documentNumber: string) => ({
  input: { districtCode, documentNumber, title: `${documentNumber} 关于军人子女入学优待的实施办法`, issuer: '教育和体育局', categories: ['MILITARY_FAMILY'], effectiveFrom: '2024-01-01', interpretation: '军人子女可在驻地就近入学' },
});
export const namedList = (districtCode: string, schoolId: string) => ({
  input: { districtCode, schoolId, kind: 'POPULAR_SCHOOL_ADMISSION', year: 2026, stage: 'PRIMARY', title: '热点学校录取名单', entries: [{ name: '张三明' }] },
});
export const resultInput = (districtCode: string, schoolId: string) => ({ input: { districtCode, schoolId, year: 2026, stage: 'PRIMARY', plannedSeats: 180, applicants: 240, admitted: 180 }, submit: true });
export const transferInput = (districtCode: string, schoolId: string) => ({ input: { districtCode, schoolId, year: 2026, term: 'AUTUMN', transfersIn: [{ reason: 'FAMILY_MOVE', count: 2 }] } });
export const schoolRulesInput = (districtCode: string, schoolId: string) => ({ input: { districtCode, schoolId, year: 2026, stage: 'PRIMARY', rules: ['按划片招生'] } });
export const planInput = (districtCode: string, schoolId: string) => ({ input: { districtCode, schoolId, year: 2027, stage: 'PRIMARY', plannedSeats: 180 } });
export const plansFile = (districtCode: string, schoolId: string) => ({ input: { districtCode, content: JSON.stringify([{ schoolId, year: 2027, stage: 'PRIMARY', plannedSeats: 180 }]) } });
/** A consultation on draft rules, opening today (Beijing), as the services' clocks see it. */
export const consultation = (districtCode: string, title = '2027年义务教育招生方案（征求意见稿）') => ({
  input: { districtCode, subjectKind: 'OTHER', title, draftText: '一、招生范围……', basis: '《义务教育法》第十二条', howToComment: '通过本平台提交意见', opensOn: new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10) },
});
export const gazetteer = (districtCode: string, at: { lng: number; lat: number }) => ({ input: { districtCode, year: 2026, content: `name,lng,lat\n幸福小区,${at.lng},${at.lat}` } });
