import { readFileSync } from 'node:fs';
import { composeSupergraph, SUPERGRAPH_FILE } from '../src/composeSupergraph';

describe('static composition', () => {
  const composed = composeSupergraph();

  it('when the subgraph schemas are composed, then there are no errors and no hints', () => {
    expect(composed.hints).toEqual([]);
  });

  it('when the committed supergraph differs from a fresh composition, then this fails (run `npm run compose`)', () => {
    expect(readFileSync(SUPERGRAPH_FILE, 'utf8')).toBe(composed.supergraphSdl);
  });
});
