export { generateDistrict } from './generateDistrict';
export { generateSyntheticDistrict } from './generateSyntheticDistrict';
export type { GenerateSyntheticDistrictOptions } from './generateSyntheticDistrict';
export { readDemoBoundary, DEMO_BOUNDARY_FILE } from './readDemoBoundary';
export type { DemoBoundary } from './readDemoBoundary';
export type {
  AdmissionResultRow,
  AllocationMethod,
  CatchmentCollection,
  CatchmentProperties,
  DemoDistrict,
  EnrolmentRulesRow,
  ExplanationReason,
  GenerateDistrictOptions,
  Ownership,
  SampleAddress,
  SchoolRow,
  Stage,
  TimetablePhase,
  ZonedStage,
} from './DemoDistrict';
export { loadDemoDistrict } from './loadDemoDistrict';
export type { DemoTarget, LoadSummary } from './loadDemoDistrict';
export { makeGazetteer, type GazetteerCsvRow, type GazetteerOptions } from './makeGazetteer';
export { mulberry32 } from './mulberry32';
