import type { NamedListEntryInput } from '../../api/generated/graphql';

/**
 * The preview of a list as the public will see it, by the admissions service's masking rule
 * (services/admissions/src/namedLists/maskPerson.ts, which masks what is published): a name keeps its
 * first and last character (张三明 → 张*明, 李四 → 李*), an ID number at most its first 6 and last 4.
 */
export function maskEntry(entry: NamedListEntryInput): NamedListEntryInput {
  return { ...entry, name: maskName(entry.name), idNumber: entry.idNumber ? maskIdNumber(entry.idNumber) : entry.idNumber };
}

function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

function maskIdNumber(id: string): string {
  const chars = [...id.trim()];
  const quarter = Math.floor(chars.length / 4);
  const head = chars.length >= 18 ? 6 : Math.min(6, quarter);
  const tail = chars.length >= 18 ? 4 : Math.min(4, quarter);
  return `${chars.slice(0, head).join('')}${'*'.repeat(chars.length - head - tail)}${chars.slice(chars.length - tail).join('')}`;
}
