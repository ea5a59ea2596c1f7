/**
 * The one masking rule for published lists that name people (政策照顾名单公示, admitted lists):
 * a name keeps its first and last character (张三明 → 张*明, 李四 → 李*); an ID number keeps at most
 * its first 6 and last 4 characters (370812200001011234 → 370812********1234), fewer for short numbers
 * so that at least half of any number stays hidden.
 */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

export function maskIdNumber(id: string): string {
  const chars = [...id.trim()];
  const head = Math.min(6, Math.floor(chars.length / 4));
  const tail = Math.min(4, Math.floor(chars.length / 4));
  const shown = chars.length >= 18 ? { head: 6, tail: 4 } : { head, tail };
  return `${chars.slice(0, shown.head).join('')}${'*'.repeat(chars.length - shown.head - shown.tail)}${chars.slice(chars.length - shown.tail).join('')}`;
}

/**
 * A person on a list as the public reads them: name and ID number masked, anything else (the
 * category) kept. The admissions service masks what it serves and logs with it; the console's upload
 * preview shows the same, so both import this one rule.
 */
export function maskPerson<T extends { name: string; idNumber?: string | null }>(person: T): T {
  return { ...person, name: maskName(person.name), idNumber: person.idNumber ? maskIdNumber(person.idNumber) : (person.idNumber ?? null) };
}
