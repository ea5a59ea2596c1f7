export { findDivision } from './findDivision';
export type { Division } from './findDivision';
