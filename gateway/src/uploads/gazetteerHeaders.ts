import { normaliseHeader } from './readTable';

/**
 * The gazetteer's columns and their header spellings, as services/catchments readGazetteerRows
 * accepts them; the service names a problem's column by the key, the upload by the header written.
 */
export const GAZETTEER_HEADERS: Record<string, string[]> = {
  kind: ['类型', 'kind'],
  name: ['名称', 'name'],
  aliases: ['别名', 'aliases'],
  from: ['起号', 'from'],
  to: ['止号', 'to'],
  parity: ['单双号', 'parity'],
  lng: ['经度', 'lng'],
  lat: ['纬度', 'lat'],
  primaryZone: ['小学学区', 'primaryZone'],
  juniorZone: ['初中学区', 'juniorZone'],
};

/** Column key → the header as written in `header`, or the key's Chinese header when the file lacks it. */
export function gazetteerColumnOf(header: string[], key: string | null): string | null {
  if (key === null) return null;
  const spellings = GAZETTEER_HEADERS[key];
  if (!spellings) return key;
  const written = header.find((h) => spellings.some((s) => normaliseHeader(s) === normaliseHeader(h)));
  return written ?? spellings[0]!;
}
