export { toWgs84, toWgs84Coordinates } from './toWgs84';
export type { Crs, Position } from './toWgs84';
export { checkChinaPosition, isInChina, CHINA_BOUNDS } from './checkChinaPosition';
