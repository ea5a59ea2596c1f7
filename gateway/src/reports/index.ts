export { annualReportRouter } from './annualReportRouter';
export type { AnnualReportOptions } from './annualReportRouter';
export { executePublic } from './executePublic';
export type { AnnualReport } from './AnnualReport';
