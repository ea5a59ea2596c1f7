// GENERATED FILE: do not edit. Run `npm run codegen -w console` after changing an operation in
// console/src/**/*.graphql or the gateway's supergraph; `npm run codegen:check -w console` fails when stale.
/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Where a change stands in review (先审查、后公开). */
export type CatchmentChangeStatus =
  /** Waiting for another officer of the district. */
  | 'SUBMITTED'
  /** Returned with a reason; nothing was published. */
  | 'RETURNED'
  /** Approved; being published. */
  | 'APPROVED'
  /** Published and logged. */
  | 'PUBLISHED';

/** Where a job stands. */
export type CatchmentJobStatus =
  /** Waiting for a geometry worker. */
  | 'QUEUED'
  /** Being computed; see progress. */
  | 'RUNNING'
  /** Finished; the result is kept until expiresAt. */
  | 'DONE'
  /** Stopped with an error; see error. */
  | 'FAILED';

/** Where a catchment stands in the publication lifecycle. */
export type CatchmentStatus =
  /** Imported, not yet published; visible to the bureau only. */
  | 'DRAFT'
  /** The zone set in force for its district, year and stage. */
  | 'PUBLISHED'
  /** Was published, replaced by a later version; still readable, marked. */
  | 'SUPERSEDED';

/** An item policy requires a school to disclose. Shared by every subgraph that checks some of them. */
export type DisclosureItemKind =
  /** Catchment range (划片范围): catchments subgraph. */
  | 'CATCHMENT'
  /** Enrolment plan (招生计划). */
  | 'ENROLMENT_PLAN'
  /** Procedure and timetable (招生程序和时间安排). */
  | 'TIMETABLE'
  /** Admission flow (入学流程): eligibility and steps. */
  | 'ADMISSION_FLOW'
  /** Admission method (录取方式). */
  | 'ADMISSION_METHOD'
  /** Consultation contacts (咨询方式). */
  | 'CONSULTATION_CONTACTS'
  /** Supervision / report channel (监督举报). */
  | 'SUPERVISION_CHANNEL'
  /** Petition address (信访地址). */
  | 'PETITION_ADDRESS'
  /** Rules for migrant workers' children (随迁子女). */
  | 'MIGRANT_RULES'
  /** Required papers (材料清单). */
  | 'REQUIRED_PAPERS'
  /** Admission numbers with explanations. */
  | 'ADMISSION_RESULTS'
  /** Transfer figures. */
  | 'TRANSFERS'
  /** The school's own enquiry, supervision and petition contacts: schools subgraph. */
  | 'SCHOOL_CONTACTS';

/** What a gazetteer row (or a geocode candidate) describes. */
export type GazetteerKind =
  /** A residential compound (小区). */
  | 'COMPOUND'
  /** A single address, e.g. 建设路15号. */
  | 'ADDRESS'
  /** A run of house numbers on one street (路段), e.g. 建设路 1–99 单号. */
  | 'STREET_RANGE'
  /** Found by the configured external geocoder (e.g. 天地图), not the bureau's gazetteer. */
  | 'EXTERNAL';

/** Why an item is overdue. */
export type OverdueReason =
  /** No published figures 20 working days after the admission round closed. */
  | 'ROUND_CLOSED'
  /** A change (submission) not published within 20 working days. */
  | 'CHANGE_PENDING';

/** What happened to a published record: each event is one entry of the district's publication log. */
export type PublicationEvent =
  /** A version went public. */
  | 'PUBLISHED'
  /** A later version replaced it; it stays readable, marked. */
  | 'SUPERSEDED'
  /** Its period of validity ended. */
  | 'EXPIRED'
  /** A correction replaced it (with a reason). */
  | 'CORRECTED'
  /** It was withdrawn from publication. */
  | 'WITHDRAWN';

/** Why a school of the register owes no publications for a year. */
export type SchoolExclusionReason =
  /** Closed (status CLOSED, closing date in or before the year, or not recorded). */
  | 'CLOSED'
  /** Not yet open: PLANNED, or an opening date in a later year. */
  | 'NOT_YET_OPEN';

/** School stage (学段). A nine-year school (九年一贯制) offers PRIMARY and JUNIOR. */
export type Stage =
  /** 幼儿园 */
  | 'KINDERGARTEN'
  /** 小学 */
  | 'PRIMARY'
  /** 初中 */
  | 'JUNIOR'
  /** 高中 */
  | 'SENIOR';

/** Term of a school year. */
export type Term =
  /** First term, from September. */
  | 'AUTUMN'
  /** Second term, from February or March. */
  | 'SPRING';

export type SchoolTimetableQueryVariables = Exact<{
  districtCode: string;
  year: number;
  stage: Stage;
}>;


export type SchoolTimetableQuery = { enrolmentTimetable: { on: string, rules: { id: string, year: number, stage: Stage, timetable: Array<{ phase: string, startsOn: string, endsOn: string }> } } | null };

export type BureauComplianceBoardQueryVariables = Exact<{
  districtCode: string;
  year: number;
  stage: Stage;
}>;


export type BureauComplianceBoardQuery = { admissionsSummary: { asOf: string, overdue: Array<{ reason: OverdueReason, dueOn: string, workingDaysOverdue: number, calendarCovered: boolean, school: { id: string } }>, excludedSchools: Array<{ reason: SchoolExclusionReason, on: string | null, school: { id: string } }>, disclosureChecklist: Array<{ id: string, name: string, stages: Array<Stage>, admissionsDisclosure: { items: Array<{ item: DisclosureItemKind, present: boolean, detail: string }> }, catchmentDisclosure: { items: Array<{ item: DisclosureItemKind, present: boolean, detail: string }> }, registerDisclosure: { items: Array<{ item: DisclosureItemKind, present: boolean, detail: string }> }, admissions: Array<{ plannedSeats: number, admitted: number, publishedAt: string, explanation: { text: string } | null, preferential: Array<{ policyDocumentNumber: string, policyDocument: { publishedAt: string | null } | null }> }>, transfers: Array<{ term: Term }>, namedLists: Array<{ title: string, entries: Array<{ masked: boolean }> }> }> }, enrolmentRules: Array<{ interpretation: string | null, interpretationUrl: string | null, timetable: Array<{ phase: string, startsOn: string, endsOn: string }> }> | null };

export type BureauWorkingDayLadderQueryVariables = Exact<{
  today: string;
  roundClosedOn: string;
}>;


export type BureauWorkingDayLadderQuery = { resultsDue: { dueOn: string, calendarCovered: boolean }, d1: { dueOn: string }, d2: { dueOn: string }, d3: { dueOn: string }, d4: { dueOn: string }, d5: { dueOn: string }, d6: { dueOn: string }, d7: { dueOn: string }, d8: { dueOn: string }, d9: { dueOn: string }, d10: { dueOn: string }, d11: { dueOn: string }, d12: { dueOn: string }, d13: { dueOn: string }, d14: { dueOn: string }, d15: { dueOn: string }, d16: { dueOn: string }, d17: { dueOn: string }, d18: { dueOn: string }, d19: { dueOn: string }, d20: { dueOn: string } };

export type BureauLedgerHeadQueryVariables = Exact<{
  districtCode: string;
}>;


export type BureauLedgerHeadQuery = { publicationLogHead: { districtCode: string, treeSize: number, rootHash: string, timestamp: string, signature: string } | null, districtPublicKey: { algorithm: string, publicKeyPem: string, fingerprint: string } | null };

export type BureauLedgerEntriesQueryVariables = Exact<{
  districtCode: string;
  from: number;
  count: number;
}>;


export type BureauLedgerEntriesQuery = { publicationLogEntries: Array<{ districtCode: string, index: number, kind: string, recordId: string, version: number, event: PublicationEvent, contentHash: string, at: string, leafHash: string }> | null };

export type BureauZoneSetsQueryVariables = Exact<{
  districtCode: string;
  year?: number | null | undefined;
  stage?: Stage | null | undefined;
}>;


export type BureauZoneSetsQuery = { zoneSets: Array<{ id: string, year: number, stage: Stage, version: number, status: CatchmentStatus, sourceDocument: string | null, createdAt: string, publishedAt: string | null }>, district: { code: string, name: string, boundary: unknown } | null };

export type BureauZoneSetZonesQueryVariables = Exact<{
  id: string | number;
}>;


export type BureauZoneSetZonesQuery = { zoneSet: { id: string, year: number, stage: Stage, version: number, status: CatchmentStatus, catchments: Array<{ id: string, name: string, geometry: unknown, schools: Array<{ id: string, name: string }> }> } | null };

export type BureauStartCoverageReportMutationVariables = Exact<{
  setId: string | number;
}>;


export type BureauStartCoverageReportMutation = { startCoverageReport: { id: string, status: CatchmentJobStatus, progress: number } };

export type BureauCoverageJobQueryVariables = Exact<{
  id: string | number;
}>;


export type BureauCoverageJobQuery = { catchmentJob: { id: string, status: CatchmentJobStatus, progress: number, error: string | null, result:
      | { districtAreaSquareMeters: number | null, uncoveredAreaSquareMeters: number, schoolsChecked: boolean, notes: Array<string>, gaps: Array<{ geometry: unknown, areaSquareMeters: number }>, overlaps: Array<{ geometry: unknown, areaSquareMeters: number, catchments: Array<{ id: string, name: string }> }>, zonesWithoutSchool: Array<{ id: string, name: string }>, schoolsWithoutZone: Array<{ id: string, name: string }> }
      | Record<PropertyKey, never>
     | null } | null };

export type BureauSubmitZoneSetMutationVariables = Exact<{
  setId: string | number;
}>;


export type BureauSubmitZoneSetMutation = { publishCatchmentSet: { id: string, status: CatchmentChangeStatus } };

export type BureauGeocodeForDraftQueryVariables = Exact<{
  text: string;
  districtCode: string;
  year?: number | null | undefined;
}>;


export type BureauGeocodeForDraftQuery = { geocode: { normalized: string, candidates: Array<{ kind: GazetteerKind, name: string, score: number, lng: number | null, lat: number | null }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const SchoolTimetableDocument = new TypedDocumentString(`
    query SchoolTimetable($districtCode: String!, $year: Int!, $stage: Stage!) {
  enrolmentTimetable(districtCode: $districtCode, year: $year, stage: $stage) {
    on
    rules {
      id
      year
      stage
      timetable {
        phase
        startsOn
        endsOn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SchoolTimetableQuery, SchoolTimetableQueryVariables>;
export const BureauComplianceBoardDocument = new TypedDocumentString(`
    query BureauComplianceBoard($districtCode: String!, $year: Int!, $stage: Stage!) {
  admissionsSummary(districtCode: $districtCode, year: $year, stage: $stage) {
    asOf
    overdue {
      school {
        id
      }
      reason
      dueOn
      workingDaysOverdue
      calendarCovered
    }
    excludedSchools {
      school {
        id
      }
      reason
      on
    }
    disclosureChecklist {
      id
      name
      stages
      admissionsDisclosure(year: $year, stage: $stage) {
        items {
          item
          present
          detail
        }
      }
      catchmentDisclosure(year: $year, stage: $stage) {
        items {
          item
          present
          detail
        }
      }
      registerDisclosure {
        items {
          item
          present
          detail
        }
      }
      admissions(year: $year, stage: $stage) {
        plannedSeats
        admitted
        publishedAt
        explanation {
          text
        }
        preferential {
          policyDocumentNumber
          policyDocument {
            publishedAt
          }
        }
      }
      transfers(year: $year) {
        term
      }
      namedLists(year: $year) {
        title
        entries {
          masked
        }
      }
    }
  }
  enrolmentRules(districtCode: $districtCode, year: $year, stage: $stage) {
    interpretation
    interpretationUrl
    timetable {
      phase
      startsOn
      endsOn
    }
  }
}
    `) as unknown as TypedDocumentString<BureauComplianceBoardQuery, BureauComplianceBoardQueryVariables>;
export const BureauWorkingDayLadderDocument = new TypedDocumentString(`
    query BureauWorkingDayLadder($today: String!, $roundClosedOn: String!) {
  resultsDue: publicationDeadline(from: $roundClosedOn) {
    dueOn
    calendarCovered
  }
  d1: publicationDeadline(from: $today, workingDays: 1) {
    dueOn
  }
  d2: publicationDeadline(from: $today, workingDays: 2) {
    dueOn
  }
  d3: publicationDeadline(from: $today, workingDays: 3) {
    dueOn
  }
  d4: publicationDeadline(from: $today, workingDays: 4) {
    dueOn
  }
  d5: publicationDeadline(from: $today, workingDays: 5) {
    dueOn
  }
  d6: publicationDeadline(from: $today, workingDays: 6) {
    dueOn
  }
  d7: publicationDeadline(from: $today, workingDays: 7) {
    dueOn
  }
  d8: publicationDeadline(from: $today, workingDays: 8) {
    dueOn
  }
  d9: publicationDeadline(from: $today, workingDays: 9) {
    dueOn
  }
  d10: publicationDeadline(from: $today, workingDays: 10) {
    dueOn
  }
  d11: publicationDeadline(from: $today, workingDays: 11) {
    dueOn
  }
  d12: publicationDeadline(from: $today, workingDays: 12) {
    dueOn
  }
  d13: publicationDeadline(from: $today, workingDays: 13) {
    dueOn
  }
  d14: publicationDeadline(from: $today, workingDays: 14) {
    dueOn
  }
  d15: publicationDeadline(from: $today, workingDays: 15) {
    dueOn
  }
  d16: publicationDeadline(from: $today, workingDays: 16) {
    dueOn
  }
  d17: publicationDeadline(from: $today, workingDays: 17) {
    dueOn
  }
  d18: publicationDeadline(from: $today, workingDays: 18) {
    dueOn
  }
  d19: publicationDeadline(from: $today, workingDays: 19) {
    dueOn
  }
  d20: publicationDeadline(from: $today, workingDays: 20) {
    dueOn
  }
}
    `) as unknown as TypedDocumentString<BureauWorkingDayLadderQuery, BureauWorkingDayLadderQueryVariables>;
export const BureauLedgerHeadDocument = new TypedDocumentString(`
    query BureauLedgerHead($districtCode: String!) {
  publicationLogHead(districtCode: $districtCode) {
    districtCode
    treeSize
    rootHash
    timestamp
    signature
  }
  districtPublicKey(districtCode: $districtCode) {
    algorithm
    publicKeyPem
    fingerprint
  }
}
    `) as unknown as TypedDocumentString<BureauLedgerHeadQuery, BureauLedgerHeadQueryVariables>;
export const BureauLedgerEntriesDocument = new TypedDocumentString(`
    query BureauLedgerEntries($districtCode: String!, $from: Int!, $count: Int!) {
  publicationLogEntries(districtCode: $districtCode, from: $from, count: $count) {
    districtCode
    index
    kind
    recordId
    version
    event
    contentHash
    at
    leafHash
  }
}
    `) as unknown as TypedDocumentString<BureauLedgerEntriesQuery, BureauLedgerEntriesQueryVariables>;
export const BureauZoneSetsDocument = new TypedDocumentString(`
    query BureauZoneSets($districtCode: String!, $year: Int, $stage: Stage) {
  zoneSets(districtCode: $districtCode, year: $year, stage: $stage) {
    id
    year
    stage
    version
    status
    sourceDocument
    createdAt
    publishedAt
  }
  district(code: $districtCode) {
    code
    name
    boundary
  }
}
    `) as unknown as TypedDocumentString<BureauZoneSetsQuery, BureauZoneSetsQueryVariables>;
export const BureauZoneSetZonesDocument = new TypedDocumentString(`
    query BureauZoneSetZones($id: ID!) {
  zoneSet(id: $id) {
    id
    year
    stage
    version
    status
    catchments {
      id
      name
      geometry
      schools {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BureauZoneSetZonesQuery, BureauZoneSetZonesQueryVariables>;
export const BureauStartCoverageReportDocument = new TypedDocumentString(`
    mutation BureauStartCoverageReport($setId: ID!) {
  startCoverageReport(setId: $setId) {
    id
    status
    progress
  }
}
    `) as unknown as TypedDocumentString<BureauStartCoverageReportMutation, BureauStartCoverageReportMutationVariables>;
export const BureauCoverageJobDocument = new TypedDocumentString(`
    query BureauCoverageJob($id: ID!) {
  catchmentJob(id: $id) {
    id
    status
    progress
    error
    result {
      ... on CoverageReport {
        districtAreaSquareMeters
        uncoveredAreaSquareMeters
        gaps {
          geometry
          areaSquareMeters
        }
        overlaps {
          catchments {
            id
            name
          }
          geometry
          areaSquareMeters
        }
        zonesWithoutSchool {
          id
          name
        }
        schoolsWithoutZone {
          id
          name
        }
        schoolsChecked
        notes
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BureauCoverageJobQuery, BureauCoverageJobQueryVariables>;
export const BureauSubmitZoneSetDocument = new TypedDocumentString(`
    mutation BureauSubmitZoneSet($setId: ID!) {
  publishCatchmentSet(setId: $setId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<BureauSubmitZoneSetMutation, BureauSubmitZoneSetMutationVariables>;
export const BureauGeocodeForDraftDocument = new TypedDocumentString(`
    query BureauGeocodeForDraft($text: String!, $districtCode: String!, $year: Int) {
  geocode(text: $text, districtCode: $districtCode, year: $year, limit: 5) {
    normalized
    candidates {
      kind
      name
      score
      lng
      lat
    }
  }
}
    `) as unknown as TypedDocumentString<BureauGeocodeForDraftQuery, BureauGeocodeForDraftQueryVariables>;