import { lockoutDelayMs } from './lockoutDelayMs';

describe('lockoutDelayMs', () => {
  it.each([
    [0, 0],
    [4, 0],
    [5, 60_000],
    [6, 120_000],
    [7, 240_000],
    [10, 1_920_000],
    [11, 3_600_000],
    [500, 3_600_000],
  ])('when an account has failed %i times in a row, then it is locked for %i ms', (failures, ms) => {
    expect(lockoutDelayMs(failures)).toBe(ms);
  });
});
