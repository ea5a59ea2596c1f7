import { jsonDepth } from './jsonDepth';

describe('jsonDepth', () => {
  it('when values nest, then the depth counts objects and arrays', () => {
    expect(jsonDepth(1)).toBe(0);
    expect(jsonDepth({ a: [1, { b: 2 }] })).toBe(3);
  });

  it('when a value nests 100,000 levels, then it is measured without overflowing the stack', () => {
    let value: unknown = 1;
    for (let i = 0; i < 100_000; i++) value = [value];
    expect(jsonDepth(value)).toBe(100_000);
    expect(jsonDepth(value, 12)).toBe(13);
  });
});
