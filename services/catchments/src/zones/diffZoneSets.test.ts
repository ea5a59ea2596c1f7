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
  it('when one zone changes school and its neighbours stay, then exactly its ground moved, nothing was reshaped and it is not unchanged', async () => {
    const before = [zone('甲', ['A'], [116.78, 35.54, 116.79, 35.55]), zone('乙', ['B'], [116.79, 35.54, 116.8, 35.55]), zone('丙', ['C'], [116.8, 35.54, 116.81, 35.55])];
    const after = [before[0]!, { ...before[1]!, schoolIds: ['C'] }, before[2]!];
    const diff = await diffZoneSets(before, after);
    expect(diff).toMatchObject({ added: [], removed: [], reshaped: [], unchanged: 2 });
    expect(diff.edited.map((e) => e.after.name)).toEqual(['乙']);
    expect(diff.areaMoved).toHaveLength(1);
    expect(diff.areaMoved[0]).toMatchObject({ fromSchoolIds: ['B'], toSchoolIds: ['C'] });
    expect(diff.areaMoved[0]!.areaSquareMeters).toBeCloseTo(area(before[1]!.geometry!), -1);
  });

  it('when nothing changed, then nothing moved', async () => {
    const set = [zone('甲', ['A'], [116.78, 35.54, 116.79, 35.55]), zone('乙', ['B'], [116.785, 35.54, 116.8, 35.55])];
    expect(await diffZoneSets(set, set)).toEqual({ added: [], removed: [], reshaped: [], edited: [], unchanged: 2, areaMoved: [] });
  });

  it('when only a zone\'s 四至 text changes, then it is listed as edited with the text before and after', async () => {
    const before = [{ ...zone('甲', ['A'], [116.78, 35.54, 116.79, 35.55]), boundaryText: '东至人民路，西至解放路' }];
    const after = [{ ...before[0]!, boundaryText: '东至人民路，西至建设路' }];
    const diff = await diffZoneSets(before, after);
    expect(diff.edited).toEqual([
      { before: before[0], after: after[0], changes: [{ field: 'boundaryText', before: '东至人民路，西至解放路', after: '东至人民路，西至建设路' }] },
    ]);
    expect(diff).toMatchObject({ added: [], removed: [], reshaped: [], areaMoved: [], unchanged: 0 });
  });

  it('when a zone\'s schools, feeder schools or allocation change, then each is a change with before and after', async () => {
    const before = [zone('甲', ['A', 'B'], [116.78, 35.54, 116.79, 35.55])];
    const after = [{ ...before[0]!, schoolIds: ['B', 'C'], feederSchoolIds: ['F'], allocationMethod: 'LOTTERY' as const }];
    const { edited } = await diffZoneSets(before, after);
    expect(edited[0]!.changes).toEqual([
      { field: 'schoolIds', before: ['A', 'B'], after: ['B', 'C'] },
      { field: 'feederSchoolIds', before: [], after: ['F'] },
      { field: 'allocationMethod', before: 'NEAREST', after: 'LOTTERY' },
    ]);
  });

  it('when zones carry address rules and one rule changes, then the rules are a change; rules equal but stored with keys in another order are not', async () => {
    const rule = { road: '人民路', from: 1, to: 99, parity: 'ODD' };
    const withRules = (rules: unknown[]) => ({ ...zone('甲', ['A'], [116.78, 35.54, 116.79, 35.55]), rules: rules as ZoneDraft['rules'] });
    const before = [withRules([rule])];
    const reordered = [withRules([{ parity: 'ODD', to: 99, from: 1, road: '人民路' }])];
    const widened = [withRules([{ ...rule, to: 199 }])];
    expect((await diffZoneSets(before, reordered)).edited).toEqual([]);
    expect((await diffZoneSets(before, widened)).edited[0]!.changes).toEqual([{ field: 'rules', before: [rule], after: [{ ...rule, to: 199 }] }]);
  });

  it('when the text differs only in line endings or surrounding spaces, or an empty text becomes null, then nothing is edited', async () => {
    const before = [{ ...zone('甲', ['A'], [116.78, 35.54, 116.79, 35.55]), boundaryText: '东至人民路\r\n西至解放路 ' }];
    expect((await diffZoneSets(before, [{ ...before[0]!, boundaryText: '东至人民路\n西至解放路' }])).edited).toEqual([]);
    expect((await diffZoneSets([{ ...before[0]!, boundaryText: '' }], [{ ...before[0]!, boundaryText: null }])).edited).toEqual([]);
  });

  it('when a zone is both reshaped and re-worded, then it is in both lists', async () => {
    const before = [{ ...zone('甲', ['A'], [116.78, 35.54, 116.79, 35.55]), boundaryText: '东至人民路' }];
    const after = [{ ...zone('甲', ['A'], [116.78, 35.54, 116.795, 35.55]), boundaryText: '东至建设路' }];
    const diff = await diffZoneSets(before, after);
    expect(diff.reshaped).toHaveLength(1);
    expect(diff.edited.map((e) => e.changes.map((c) => c.field))).toEqual([['boundaryText']]);
    expect(diff.unchanged).toBe(0);
  });
});
