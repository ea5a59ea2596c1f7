import { readFileSync } from 'node:fs';

/**
 * The error codes a README documents: the first column of the table under its "Error codes" heading.
 * Each service has a test comparing them with its errorCodes.ts, so the two cannot drift apart.
 */
export function readErrorTable(readmeFile: string): string[] {
  const text = readFileSync(readmeFile, 'utf8');
  const section = text.split(/^## /m).find((s) => s.toLowerCase().startsWith('error codes'));
  if (!section) throw new Error(`${readmeFile} has no "## Error codes" section`);
  return section
    .split('\n')
    .filter((line) => /^\|\s*`?[A-Z_]+`?\s*\|/.test(line))
    .map((line) => line.split('|')[1]!.replace(/`/g, '').trim())
    .filter((code) => code !== 'CODE');
}
