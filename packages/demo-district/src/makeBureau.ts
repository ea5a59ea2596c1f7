import type { Random } from './createRandom';

/** The education bureau's public contacts, shared by every school row and rules document. */
export interface Bureau {
  name: string;
  consultationPhone: string;
  supervisionPhone: string;
  petitionAddress: string;
}

/**
 * Makes the (sample) bureau of a district. Phones are 0537 (济宁) landlines of the 34xxxxx range the
 * brief asks for; nothing here is a real number on purpose or by research.
 *
 * @example makeBureau('兖州区', random).name // '兖州区教育和体育局'
 */
export function makeBureau(districtName: string, random: Random): Bureau {
  const name = `${districtName}教育和体育局`;
  return {
    name,
    consultationPhone: `0537-34${random.int(10000, 99999)}`,
    supervisionPhone: `0537-34${random.int(10000, 99999)}`,
    petitionAddress: `${name}信访室（${districtName}建设东路${random.int(1, 199)}号）`,
  };
}
