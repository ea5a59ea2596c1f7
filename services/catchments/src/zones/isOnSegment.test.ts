import { isOnSegment } from './isOnSegment';

/** The next double above x (x > 0). */
const nextUp = (x: number) => {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  view.setBigUint64(0, view.getBigUint64(0) + 1n);
  return view.getFloat64(0);
};

describe('isOnSegment', () => {
  it('when a point lies on a horizontal, vertical or diagonal edge or at its ends, then it is on it', () => {
    expect(isOnSegment(116.78, 35.54, 116.8, 35.54, 116.7834, 35.54)).toBe(true);
    expect(isOnSegment(116.8, 35.54, 116.8, 35.56, 116.8, 35.5517)).toBe(true);
    expect(isOnSegment(116.75, 35.5, 116.8125, 35.5625, 116.78125, 35.53125)).toBe(true);
    expect(isOnSegment(116.75, 35.5, 116.8125, 35.5625, 116.75, 35.5)).toBe(true);
    expect(isOnSegment(116.75, 35.5, 116.8125, 35.5625, 116.8125, 35.5625)).toBe(true);
  });

  it('when a point is one double off the line, or on the line beyond an end, then it is not on the segment', () => {
    expect(isOnSegment(116.78, 35.54, 116.8, 35.54, 116.7834, nextUp(35.54))).toBe(false);
    expect(isOnSegment(116.75, 35.5, 116.8125, 35.5625, 116.78125, nextUp(35.53125))).toBe(false);
    expect(isOnSegment(116.75, 35.5, 116.8125, 35.5625, 116.875, 35.625)).toBe(false);
  });

  it('when a decimal point only looks collinear (the determinant in doubles rounds to 0), then exact arithmetic says it is off', () => {
    // 116.83548, 35.600025 is 87 % of the way from a to b in decimal, but not in binary.
    const [ax, ay, bx, by, px, py] = [116.8059, 35.5848, 116.8399, 35.6023, 116.83548, 35.600025];
    expect((bx - ax) * (py - ay) - (by - ay) * (px - ax)).toBe(0);
    expect(isOnSegment(ax, ay, bx, by, px, py)).toBe(false);
  });
});
