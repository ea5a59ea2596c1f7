import { SchoolCatalog } from './SchoolCatalog';
import type { School } from './School';

const school = (n: number, overrides: Partial<School> = {}): School => ({
  id: String(3708120000 + n),
  name: `兖州区第${n}小学`,
  shortName: null,
  stages: ['PRIMARY'],
  ownership: 'PUBLIC',
  districtCode: '370812',
  address: `建设路${n}号`,
  location: { lng: 116.8, lat: 35.55 },
  enquiryPhone: null,
  supervisionPhone: null,
  petitionAddress: null,
  website: null,
  status: 'OPEN',
  openedOn: null,
  closedOn: null,
  closureReason: null,
  sampleData: false,
  version: 1,
  updatedAt: new Date(0),
  updatedBy: 'test',
  ...overrides,
});

describe('SchoolCatalog', () => {
  it('when schools are added out of order, then pages come in id order and continue after the given id', () => {
    const catalog = new SchoolCatalog();
    catalog.upsert([school(3), school(1), school(2), school(5)]);
    const first = catalog.search({}, 2, null);
    expect(first.nodes.map((s) => s.id)).toEqual(['3708120001', '3708120002']);
    expect(first).toMatchObject({ totalCount: 4, hasNextPage: true });
    const next = catalog.search({}, 2, '3708120002');
    expect(next.nodes.map((s) => s.id)).toEqual(['3708120003', '3708120005']);
    expect(next.hasNextPage).toBe(false);
    expect(catalog.search({}, 2, '3708120004').nodes.map((s) => s.id)).toEqual(['3708120005']);
  });

  it('when an older version arrives after a newer one, then the newer one stays', () => {
    const catalog = new SchoolCatalog();
    catalog.upsert([school(1, { version: 3, name: '新名' })]);
    catalog.upsert([school(1, { version: 2, name: '旧名' })]);
    expect(catalog.search({}, 10, null).nodes[0]!.name).toBe('新名');
  });

  it('when searching text, then it matches name, short name or address case-insensitively but never across fields', () => {
    const catalog = new SchoolCatalog();
    catalog.upsert([school(1, { name: 'Yanzhou Experimental', shortName: '实小' }), school(2, { address: '实验路1号' })]);
    expect(catalog.search({ text: 'experimental' }, 10, null).totalCount).toBe(1);
    expect(catalog.search({ text: '实小' }, 10, null).totalCount).toBe(1);
    expect(catalog.search({ text: '实验' }, 10, null).nodes.map((s) => s.id)).toEqual(['3708120002']);
    expect(catalog.search({ text: 'experimental实小' }, 10, null).totalCount).toBe(0);
  });

  it('when a school has no location, then a box filter leaves it out', () => {
    const catalog = new SchoolCatalog();
    catalog.upsert([school(1, { location: null }), school(2)]);
    expect(catalog.search({ bbox: { minLng: 116, minLat: 35, maxLng: 117, maxLat: 36 } }, 10, null).nodes.map((s) => s.id)).toEqual(['3708120002']);
  });
});
