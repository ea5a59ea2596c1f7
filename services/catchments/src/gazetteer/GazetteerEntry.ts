import type { Position } from '@zsgk/geo';

/** Domain types of the bureau's gazetteer (地名地址库). Plain data: no mongoose, no Apollo. */
export const GAZETTEER_KINDS = ['COMPOUND', 'ADDRESS', 'STREET_RANGE'] as const;
/** 小区 (residential compound), a single address, or a run of house numbers on one street. */
export type GazetteerKind = (typeof GAZETTEER_KINDS)[number];
/** 单号 / 双号 / 全部: which house numbers of a range belong to it. */
export type HouseNumberParity = 'ODD' | 'EVEN' | 'ALL';
/** Stages a gazetteer row may assign explicitly (the zoned ones). */
export type AssignedStage = 'PRIMARY' | 'JUNIOR';

/** An explicit catchment assignment: a zone name (stable across versions) or a zone id. */
export interface ZoneAssignment {
  stage: AssignedStage;
  zone: string;
}

/** One row of a gazetteer file, checked and converted to WGS-84. */
export interface GazetteerEntry {
  /** 1-based row of the source file (the header is row 1). */
  row: number;
  kind: GazetteerKind;
  /** Compound name, address, or (STREET_RANGE) street name, as the bureau wrote it. */
  name: string;
  aliases: string[];
  /** STREET_RANGE only: first and last house number and which of them belong. */
  fromNumber: number | null;
  toNumber: number | null;
  parity: HouseNumberParity | null;
  /** WGS-84 [lng, lat]; null only for a STREET_RANGE with explicit assignments. */
  point: Position | null;
  assignments: ZoneAssignment[];
}

/** A gazetteer of one district and school year, as imported in one file. */
export interface GazetteerSet {
  id: string;
  districtCode: string;
  year: number;
  version: number;
  entryCount: number;
  createdAt: Date;
  createdBy: string;
  sampleData: boolean;
  /** First day it is valid (YYYY-MM-DD, Beijing) once published; null on sets stored per school year before. */
  validFrom: string | null;
}
