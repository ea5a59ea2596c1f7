import area from '@turf/area';
import { diffZoneSets } from './diffZoneSets';
import type { ZoneDraft } from './Zone';

const zone = (name: string, schoolIds: string[], [x0, y0, x1, y1]: number[]): ZoneDraft => ({
  name,
  boundaryText: null,
  schoolIds,
  feederSchoolIds: [],
  allocationMethod: 'NEAREST',
  geometry: { type: 'Polygon', coordinates: [[[x0!, y0!], [x1!, y0!], [x1!, y1!], [x0!, y1!], [x0!, y0!]]] },
});

describe('diffZoneSets', () => {
  it('when one zone changes school and its neighbours stay, then exactly its ground moved and nothing was reshaped', async () => {
    const before = [zone('甲', ['A'], [116.78, 35.54, 116.79, 35.55]), zone('乙', ['B'], [116.79, 35.54, 116.8, 35.55]), zone('丙', ['C'], [116.8, 35.54, 116.81, 35.55])];
    const after = [before[0]!, { ...before[1]!, schoolIds: ['C'] }, before[2]!];
    const diff = await diffZoneSets(before, after);
    expect(diff).toMatchObject({ added: [], removed: [], reshaped: [], unchanged: 3 });
    expect(diff.areaMoved).toHaveLength(1);
    expect(diff.areaMoved[0]).toMatchObject({ fromSchoolIds: ['B'], toSchoolIds: ['C'] });
    expect(diff.areaMoved[0]!.areaSquareMeters).toBeCloseTo(area(before[1]!.geometry), -1);
  });

  it('when nothing changed, then nothing moved', async () => {
    const set = [zone('甲', ['A'], [116.78, 35.54, 116.79, 35.55]), zone('乙', ['B'], [116.785, 35.54, 116.8, 35.55])];
    expect(await diffZoneSets(set, set)).toEqual({ added: [], removed: [], reshaped: [], unchanged: 2, areaMoved: [] });
  });
});
