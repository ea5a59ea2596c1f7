import * as turf from '@turf/turf';
import { generateDistrict } from './generateDistrict';
import { makeGazetteer } from './makeGazetteer';
import { readDemoBoundary } from './readDemoBoundary';

const { wgs84, name } = readDemoBoundary('370812');
const demo = generateDistrict({ boundary: wgs84, districtCode: '370812', districtName: name });
const gazetteer = makeGazetteer(demo);
const zoneNamed = (zoneName: string) => demo.catchments.PRIMARY.features.find((f) => f.properties.name === zoneName)!;

describe('makeGazetteer', () => {
  it('when made twice with the same seed, then the CSV is identical, and another seed differs', () => {
    expect(makeGazetteer(demo).csv).toBe(gazetteer.csv);
    expect(makeGazetteer(demo, { seed: 2 }).csv).not.toBe(gazetteer.csv);
  });

  it('when made for the sample district, then it has two compounds per single-school zone and 8 streets of two ranges', () => {
    const singles = demo.catchments.PRIMARY.features.filter((f) => f.properties.schools.length === 1).length;
    expect(gazetteer.rows.filter((r) => r.kind === 'COMPOUND')).toHaveLength(2 * singles);
    expect(gazetteer.rows.filter((r) => r.kind === 'STREET_RANGE')).toHaveLength(16);
    expect(new Set(gazetteer.rows.filter((r) => r.kind === 'COMPOUND').map((r) => r.name)).size).toBe(2 * singles);
  });

  it('when a compound is assigned to a zone, then its point lies in that zone (the assignment agrees with the map)', () => {
    const assigned = gazetteer.rows.filter((r) => r.kind === 'COMPOUND' && r.primaryZone);
    expect(assigned.length).toBeGreaterThan(10);
    for (const row of assigned) expect(turf.booleanPointInPolygon([row.lng!, row.lat!], zoneNamed(row.primaryZone!))).toBe(true);
  });

  it('when a street has 单号 and 双号 ranges, then they go to two different zones that share an edge', () => {
    const streets = gazetteer.rows.filter((r) => r.kind === 'STREET_RANGE');
    for (let i = 0; i < streets.length; i += 2) {
      const [odd, even] = [streets[i]!, streets[i + 1]!];
      expect([odd.name, odd.parity, odd.from, even.parity, even.from, even.to! - odd.to!]).toEqual([even.name, 'ODD', 1, 'EVEN', 2, 1]);
      expect(odd.primaryZone).not.toBe(even.primaryZone);
      expect(turf.booleanIntersects(zoneNamed(odd.primaryZone!), zoneNamed(even.primaryZone!))).toBe(true);
    }
  });

  it('when written as CSV, then the header is the one importGazetteer reads and every row has ten cells', () => {
    const lines = gazetteer.csv.trim().split('\n');
    expect(lines[0]).toBe('kind,name,aliases,from,to,parity,lng,lat,primaryZone,juniorZone');
    expect(lines.slice(1).every((line) => line.split(',').length === 10)).toBe(true);
  });
});
