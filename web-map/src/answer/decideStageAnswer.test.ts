import { describe, expect, test } from '@jest/globals';
import type { StageLocation } from '../api/locateHome';
import type { Zone } from '../api/YearData';
import { decideStageAnswer, unknownZoneIds } from './decideStageAnswer';

const zone = (id: string): Zone => ({
  id, name: `${id}学区`, year: 2026, stage: 'PRIMARY', boundaryText: null, allocationMethod: 'NEAREST', status: 'PUBLISHED',
  version: 1, publishedAt: null, sampleData: true, geometry: { type: 'Point', coordinates: [0, 0] }, schools: [{ id: `s-${id}` }], feederSchools: [],
});
const zones = new Map(['a', 'b', 'c'].map((id) => [id, zone(id)]));
const location = (over: Partial<StageLocation>): StageLocation => ({
  year: 2026, matches: [], nearBoundary: false, nearestEdgeMeters: null, nearbyCatchments: [], nearestCatchments: [], nearestSchools: [], drafts: [], ...over,
});
const match = (id: string, edgeDistanceMeters = 200) => ({ edgeDistanceMeters, catchment: { id } });

describe('decideStageAnswer', () => {
  test('when the point is inside one zone away from its edges, then that zone is the answer, from the polygon', () => {
    expect(decideStageAnswer(location({ matches: [match('a')] }), null, zones)).toEqual({ kind: 'ZONE', zone: zones.get('a'), source: 'POLYGON' });
  });

  test('when the point is on a shared edge, then both zones are candidates and none is picked', () => {
    const answer = decideStageAnswer(location({ matches: [match('a', 0), match('b', 0)], nearBoundary: true, nearestEdgeMeters: 0 }), null, zones);
    expect(answer).toEqual({ kind: 'NEAR_BOUNDARY', candidates: [zones.get('a'), zones.get('b')], nearestEdgeMeters: 0 });
  });

  test('when the point is inside one zone but near a neighbour, then the neighbour is a candidate too', () => {
    const answer = decideStageAnswer(location({ matches: [match('a', 3)], nearBoundary: true, nearestEdgeMeters: 3, nearbyCatchments: [{ id: 'b' }] }), null, zones);
    expect(answer).toMatchObject({ kind: 'NEAR_BOUNDARY', candidates: [{ id: 'a' }, { id: 'b' }] });
  });

  test('when the gazetteer assigns the address, then the assignment wins over the polygon and an edge', () => {
    const answer = decideStageAnswer(location({ matches: [match('a', 1)], nearBoundary: true, nearbyCatchments: [{ id: 'b' }] }), 'b', zones);
    expect(answer).toEqual({ kind: 'ZONE', zone: zones.get('b'), source: 'GAZETTEER_ASSIGNMENT' });
  });

  test('when no zone contains the point, then the nearest zones and their schools are offered', () => {
    const answer = decideStageAnswer(location({ nearestCatchments: [match('c', 900)], nearestSchools: [{ id: 's-c' }] }), null, zones);
    expect(answer).toEqual({ kind: 'NO_ZONE', nearestZones: [zones.get('c')], nearestSchoolIds: ['s-c'] });
  });

  test('when there is neither a lookup nor an assignment, then the answer is unknown', () => {
    expect(decideStageAnswer(null, null, zones)).toEqual({ kind: 'UNKNOWN' });
  });
});

describe('unknownZoneIds', () => {
  test('when locate names a zone the page did not load, then its id is reported', () => {
    expect(unknownZoneIds(location({ matches: [match('a'), match('z')] }), zones)).toEqual(['z']);
  });
});
