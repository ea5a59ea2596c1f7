import { describe, expect, test } from '@jest/globals';
import { STAGE_COLOURS, stageColour } from './stageColour';

describe('stageColour', () => {
  test('when a school offers one stage, then it gets that stage colour', () => {
    expect(stageColour(['PRIMARY'])).toBe(STAGE_COLOURS.PRIMARY);
    expect(stageColour(['JUNIOR'])).toBe(STAGE_COLOURS.JUNIOR);
    expect(stageColour(['SENIOR'])).toBe(STAGE_COLOURS.SENIOR);
  });

  test('when a school is nine-year (PRIMARY and JUNIOR), then it gets the several-stages colour', () => {
    expect(stageColour(['PRIMARY', 'JUNIOR'])).toBe(STAGE_COLOURS.MULTIPLE);
  });

  test('when the stage colours are compared, then no two are the same', () => {
    const colours = Object.values(STAGE_COLOURS);
    expect(new Set(colours).size).toBe(colours.length);
  });
});
