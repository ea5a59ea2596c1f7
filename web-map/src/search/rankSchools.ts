import type { MapSchool } from '../DistrictMap';

/** Least similarity for a school to be suggested for text that does not contain its name. */
const MIN_SIMILARITY = 0.5;

/**
 * Schools whose name the text is, contains, or resembles, best first: a parent who types a school's
 * name (or pastes a sentence naming it) is offered the school, not "nothing found". Scores: 1 for the
 * name or short name itself, 0.9 when the text is part of the name (实验小学 in 兖州区实验小学), 0.85
 * when the name is inside the text, else the bigram Dice similarity if at least 0.5.
 *
 * @example rankSchools('实验小学', schools).map((s) => s.school.name) // ['兖州区实验小学', …]
 */
export function rankSchools(text: string, schools: readonly MapSchool[], limit = 3): { school: MapSchool; score: number }[] {
  const typed = squeeze(text);
  if (typed.length < 2) return [];
  return schools
    .map((school) => ({ school, score: Math.max(...[school.name, school.shortName].filter((n): n is string => !!n).map((n) => similarity(typed, squeeze(n)))) }))
    .filter((s) => s.score >= MIN_SIMILARITY)
    .sort((a, b) => b.score - a.score || a.school.name.localeCompare(b.school.name, 'zh'))
    .slice(0, limit);
}

function similarity(typed: string, name: string): number {
  if (name.length < 2) return 0;
  if (typed === name) return 1;
  if (name.includes(typed)) return 0.9;
  if (typed.includes(name)) return 0.85;
  return dice(typed, name);
}

function squeeze(text: string): string {
  return text.normalize('NFKC').replace(/[\s,，。.、:：;；"'“”‘’()（）?？!！]/g, '');
}

function dice(a: string, b: string): number {
  const grams = (s: string) => {
    const chars = [...s];
    return chars.slice(1).map((c, i) => chars[i] + c);
  };
  const left = grams(a);
  const right = grams(b);
  const pool = [...right];
  let shared = 0;
  for (const gram of left) {
    const at = pool.indexOf(gram);
    if (at >= 0) {
      shared++;
      pool.splice(at, 1);
    }
  }
  return left.length + right.length ? (2 * shared) / (left.length + right.length) : 0;
}
