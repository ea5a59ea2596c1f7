import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

/** Types of the generated sample district. Every row is marked `sampleData: true`. */
export type Stage = 'PRIMARY' | 'JUNIOR' | 'SENIOR';
export type ZonedStage = 'PRIMARY' | 'JUNIOR';
export type Ownership = 'PUBLIC' | 'PRIVATE';
export type AllocationMethod = 'NEAREST' | 'LOTTERY';

export interface GenerateDistrictOptions {
  /** The district in WGS-84 [lng, lat] (see readDemoBoundary for 兖州区). */
  boundary: Feature<MultiPolygon | Polygon>;
  /** 6-digit division code, e.g. '370812'. */
  districtCode: string;
  /** e.g. '兖州区'; prefixes school, zone and document names. */
  districtName: string;
  /** Same seed, byte-identical output. Default 1. */
  seed?: number;
  /** Schools offering PRIMARY (nine-year and the private one included). Default 30, at least 8. */
  primary?: number;
  /** Schools offering JUNIOR (nine-year included). Default 12, at least 1. */
  junior?: number;
  /** Senior high schools (no catchments). Default 3. */
  senior?: number;
  /** School years to write rules and results for. Default [2024, 2025, 2026]. */
  years?: number[];
}

/** A row for the schools import (services/schools parseSchoolRow). */
export interface SchoolRow {
  /** 10-digit national school code (学校标识码), e.g. '2137081001'. */
  id: string;
  name: string;
  shortName: string;
  stages: Stage[];
  ownership: Ownership;
  districtCode: string;
  address: string;
  /** WGS-84, rounded to 1e-6 degrees. */
  location: { lng: number; lat: number };
  enquiryPhone: string;
  supervisionPhone: string;
  petitionAddress: string;
  website: string | null;
  status: 'OPEN';
  sampleData: true;
}

/** Properties of a catchment feature, as the catchments import reads them by default. */
export interface CatchmentProperties {
  /** e.g. '兖州区实验小学学区'. */
  name: string;
  /** School ids; two for a multi-school (LOTTERY) zone. */
  schools: string[];
  /** 四至: '东至…，西至…，南至…，北至…'. */
  boundaryText: string;
  allocation: AllocationMethod;
  /** PRIMARY: junior school(s) whose junior zone holds this zone's first school (对口); JUNIOR: []. */
  feeders: string[];
}

export type CatchmentCollection = FeatureCollection<Polygon | MultiPolygon, CatchmentProperties>;

export interface TimetablePhase {
  phase: string;
  startsOn: string;
  endsOn: string;
}

/** 招生方案 for one district, year and stage. */
export interface EnrolmentRulesRow {
  districtCode: string;
  year: number;
  stage: ZonedStage;
  title: string;
  documentNumber: string;
  issuedOn: string;
  body: string;
  interpretation: string;
  eligibility: string[];
  papers: string[];
  migrantEligibility: string[];
  migrantPapers: string[];
  timetable: TimetablePhase[];
  admissionMethod: string;
  consultationPhone: string;
  supervisionPhone: string;
  petitionAddress: string;
  sampleData: true;
}

export type ExplanationReason = 'UNDER_APPLIED' | 'OVER_APPLIED_LOTTERY' | 'POLICY_PREFERENCE' | 'OTHER';

/** One school's round-1 numbers for one year and stage. */
export interface AdmissionResultRow {
  schoolId: string;
  year: number;
  stage: Stage;
  round: 1;
  plannedSeats: number;
  applicants: number;
  admitted: number;
  /** SENIOR only (out of 750). */
  cutoffScore: number | null;
  /** Present exactly when admitted ≠ plannedSeats. */
  explanation: { reasonCode: ExplanationReason; text: string } | null;
  sampleData: true;
}

/** A point well inside (> 100 m from every edge) a single-school PRIMARY zone. */
export interface SampleAddress {
  label: string;
  lng: number;
  lat: number;
  expectedPrimarySchoolId: string;
}

export interface DemoDistrict {
  districtCode: string;
  districtName: string;
  schools: SchoolRow[];
  /** The same zones serve every year; WGS-84. */
  catchments: Record<ZonedStage, CatchmentCollection>;
  rules: EnrolmentRulesRow[];
  results: AdmissionResultRow[];
  sampleAddresses: SampleAddress[];
}
