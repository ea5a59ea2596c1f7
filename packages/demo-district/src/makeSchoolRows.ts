import type { Random } from './createRandom';
import type { LocalProjection } from './createLocalProjection';
import type { SchoolRow, Stage } from './DemoDistrict';
import type { Bureau } from './makeBureau';
import { nameSchools } from './nameSchools';
import { roundDegrees } from './roundDegrees';
import type { PlacedSchool, SchoolKind } from './placeSchools';

const STAGES_OF: Record<SchoolKind, Stage[]> = {
  PRIMARY: ['PRIMARY'],
  NINE_YEAR: ['PRIMARY', 'JUNIOR'],
  PRIVATE_PRIMARY: ['PRIMARY'],
  JUNIOR: ['JUNIOR'],
  SENIOR: ['SENIOR'],
};
// Codes are 21 + the city's 4 digits + a 4-digit serial from 1001: room for 8,999 schools.
const FIRST_SERIAL = 1001;
const LAST_SERIAL = 9999;

export interface MakeSchoolRowsOptions {
  placed: PlacedSchool[];
  districtCode: string;
  districtName: string;
  bureau: Bureau;
  projection: LocalProjection;
  random: Random;
}

/**
 * Turns placed schools into rows for the schools import, in the same order.
 *
 * @example makeSchoolRows({ placed, districtCode: '370812', … })[0].id // '2137081001'
 */
export function makeSchoolRows({ placed, districtCode, districtName, bureau, projection, random }: MakeSchoolRowsOptions): SchoolRow[] {
  if (placed.length > LAST_SERIAL - FIRST_SERIAL + 1) throw new Error(`at most ${LAST_SERIAL - FIRST_SERIAL + 1} schools fit the code scheme; asked for ${placed.length}`);
  const names = nameSchools(
    placed.map((school) => school.kind),
    districtName,
    random,
  );
  const phones = new Set<string>();
  return placed.map((school, i) => {
    const [lng, lat] = projection.unproject(school.xy);
    let enquiryPhone: string;
    do enquiryPhone = `0537-34${random.int(10000, 99999)}`;
    while (phones.has(enquiryPhone));
    phones.add(enquiryPhone);
    const id = `21${districtCode.slice(0, 4)}${FIRST_SERIAL + i}`;
    return {
      id,
      ...names[i]!,
      stages: [...STAGES_OF[school.kind]],
      ownership: school.kind === 'PRIVATE_PRIMARY' ? 'PRIVATE' : 'PUBLIC',
      districtCode,
      location: { lng: roundDegrees(lng, 6), lat: roundDegrees(lat, 6) },
      enquiryPhone,
      supervisionPhone: bureau.supervisionPhone,
      petitionAddress: bureau.petitionAddress,
      // example.com is reserved for examples: a sample row must never send anyone to a real site.
      website: random.chance(0.4) ? `https://example.com/${districtCode}/${id}` : null,
      status: 'OPEN',
      sampleData: true,
    };
  });
}
