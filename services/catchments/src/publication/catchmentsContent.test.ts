import { canonicalJson, contentHash } from '@zsgk/publication';
import type { Zone, ZoneSet } from '../zones/Zone';
import { canonicalGeometryJson, geometryHash, zoneSetContent } from './catchmentsContent';

/** A 2,000-zone set of 130-vertex zones (the bench's median), as a large district publishes. */
function largeSet(zones = 2_000, vertices = 130) {
  const set: ZoneSet = { id: 'set', districtCode: '370812', year: 2026, stage: 'PRIMARY', version: 1, sourceDocument: '兖教发〔2026〕1号', createdAt: new Date(0), createdBy: 'x', publishedAt: null, sampleData: false };
  const members: Zone[] = Array.from({ length: zones }, (_, z) => {
    const ring = Array.from({ length: vertices }, (_, i) => {
      const a = (2 * Math.PI * i) / vertices;
      return [116.6 + (z % 50) * 0.01 + 0.004 * Math.cos(a) + 1e-7 * z, 35.4 + Math.floor(z / 50) * 0.01 + 0.004 * Math.sin(a)];
    });
    ring.push(ring[0]!);
    return {
      id: `zone-${String(z).padStart(5, '0')}`, setId: 'set', districtCode: '370812', year: 2026, stage: 'PRIMARY', version: 1,
      name: `第${z}学区`, boundaryText: '东至建设路，西至九州大道，南至文化路，北至兴隆路', geometry: { type: 'Polygon', coordinates: [ring] },
      schoolIds: ['3708120001'], allocationMethod: 'NEAREST', feederSchoolIds: [], uploadedCrs: 'WGS84', sampleData: false, sourceDocument: null,
    };
  });
  return { set, members };
}

describe('zoneSetContent', () => {
  it('when a geometry is hashed the fast way, then it is exactly its RFC 8785 content hash', () => {
    const { members } = largeSet(30, 17);
    for (const zone of members) expect(geometryHash(zone.geometry!)).toBe(contentHash(zone.geometry));
    const awkward = { type: 'Polygon' as const, coordinates: [[[1e21, -0], [0.1 + 0.2, 5e-7], [116.123456789012345, 35], [1e21, -0]]] };
    expect(geometryHash(awkward)).toBe(contentHash(awkward));
  });

  it('when the zones come in another order, then the content (and its hash) is the same', () => {
    const { set, members } = largeSet(20, 8);
    expect(contentHash(zoneSetContent(set, [...members].reverse()))).toBe(contentHash(zoneSetContent(set, members)));
  });

  it('when one coordinate of one zone moves, then the hash changes', () => {
    const { set, members } = largeSet(20, 8);
    const before = contentHash(zoneSetContent(set, members));
    (members[7]!.geometry!.coordinates[0]![3] as number[])[0]! += 1e-9;
    expect(contentHash(zoneSetContent(set, members))).not.toBe(before);
  });

  it('when a 2,000-zone set of 130-vertex zones is hashed as stored, then it takes well under a second', () => {
    const { set, members: zones } = largeSet();
    const members = zones.map((zone) => ({ ...zone, geometryJson: canonicalGeometryJson(zone.geometry!) }));
    expect(contentHash(zoneSetContent(set, members))).toBe(contentHash(zoneSetContent(set, zones)));
    const started = performance.now();
    const hash = contentHash(zoneSetContent(set, members));
    const ms = performance.now() - started;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(ms).toBeLessThan(1_000); // a generous bound: measured ~ in the README
    if (process.env.PRINT_TIMINGS) console.log(`2,000 zones: ${ms.toFixed(0)} ms, ${(canonicalJson(zoneSetContent(set, members)).length / 1e6).toFixed(1)} MB canonical JSON`);
  });
});
