import fs from 'node:fs';
import path from 'node:path';
import { translateReason } from '@zsgk/messages';
import { checkZoneShape } from '../zones/validateZoneGeometry';
import { DEFAULT_MAPPING, readZoneFeatures } from '../zones/readZoneFeatures';
import { problemsInChinese } from './problemsInChinese';

/** English left in a translated reason: words of three or more letters, less the file's own property names (“name”) and the names a clerk meets as they are. */
function englishIn(reason: string): string[] {
  return (reason.replace(/“[^”]*”/g, '').match(/[A-Za-z]{3,}/g) ?? []).filter((word) => !['GeoJSON', 'FeatureCollection', 'geometry', 'LOTTERY', 'NEAREST', 'LineString', 'Point'].includes(word));
}

const square = [[116.7, 35.5], [116.71, 35.5], [116.71, 35.51], [116.7, 35.51], [116.7, 35.5]];

/** Every reason the golden files record (fixtures/out), plus the file- and property-level ones of readZoneFeatures. */
function everyReason(): string[] {
  const out = path.join(__dirname, '..', 'zones', 'fixtures', 'out');
  const golden = fs.readdirSync(out).flatMap((file) => {
    const result = JSON.parse(fs.readFileSync(path.join(out, file), 'utf8')) as { problems?: { reason: string }[] };
    return (result.problems ?? []).map((p) => p.reason);
  });
  const feature = (properties: Record<string, unknown>, geometry: unknown = { type: 'Polygon', coordinates: [square] }) => ({ type: 'Feature', properties, geometry });
  const read = readZoneFeatures(
    {
      type: 'FeatureCollection',
      features: [
        feature({ schools: ['3708120001'] }),
        feature({ name: '甲', schools: 'x' }),
        feature({ name: '乙', schools: ['3708120001', '3708120002'], allocation: 'NEAREST' }),
        feature({ name: '丙', allocation: 'BY_AGE' }),
      ],
    },
    { ...DEFAULT_MAPPING, allocationMethod: 'allocation' },
    'WGS84',
  );
  return [
    ...golden,
    ...read.problems.map((p) => p.reason),
    ...readZoneFeatures({ type: 'FeatureCollection', features: [] }, DEFAULT_MAPPING, 'WGS84').problems.map((p) => p.reason),
    ...readZoneFeatures([], DEFAULT_MAPPING, 'WGS84').problems.map((p) => p.reason),
    ...checkZoneShape(null),
    ...checkZoneShape({ type: 'MultiPolygon', coordinates: [[square], [[[116.8, 35.5], [116.81, 35.5], [116.8, 35.5]]]] }),
    'zone name "东区" is also used by feature 2',
  ];
}

describe('problemsInChinese', () => {
  const reasons = everyReason();

  it('when the zone checks refuse a feature, then every reason they give (golden files and file-level ones) reaches the clerk in Chinese', () => {
    expect(reasons.length).toBeGreaterThan(25);
    const untranslated = reasons.map((reason) => ({ reason, chinese: translateReason(reason) })).filter(({ chinese }) => englishIn(chinese).length > 0);
    expect(untranslated).toEqual([]);
  });

  it('when a report is refused, then its problems come out in Chinese with index and name kept', () => {
    const report = problemsInChinese({ accepted: false, problems: [{ index: 3, name: '东区', reason: 'polygon 1 ring 0 is not closed (first and last positions differ)' }] });
    expect(report).toEqual({ accepted: false, problems: [{ index: 3, name: '东区', reason: '第 2 块图形的外边界没有闭合（第一个点和最后一个点不同）' }] });
  });
});
