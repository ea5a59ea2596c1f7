import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { generateOperations, OUT_FILE } from './generateOperations';

describe('generated operations', () => {
  it('when the supergraph or an operation changed, then the committed src/api/generated/graphql.ts was regenerated (npm run codegen -w console)', async () => {
    expect(readFileSync(OUT_FILE, 'utf8') === (await generateOperations())).toBe(true);
  }, 60_000);
});
