// GENERATED FILE: do not edit. Run `npm run codegen -w console` after changing an operation in
// console/src/**/*.graphql or the gateway's supergraph; `npm run codegen:check -w console` fails when stale.
/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A school's admission figures for one year, stage and round. */
export type AdmissionResultInput = {
  /** Date (YYYY-MM-DD, Beijing) the decision was made, changed or expired (产生/变动/失效), which starts the 20-working-day publication clock; default today. Refused in the future. */
  decidedOn?: string | null | undefined;
  /** The school's district, checked against the school register. */
  districtCode: string;
  /** The school; must be the caller's own. */
  schoolId: string | number;
  /** School year. */
  year: number;
  /** Stage. */
  stage: Stage;
  /** Round (1 = main round). */
  round?: number | null | undefined;
  /** Planned seats. */
  plannedSeats: number;
  /** Applicants. */
  applicants: number;
  /** Admitted. */
  admitted: number;
  /** Cut-off score, senior high schools only. */
  cutoffScore?: number | null | undefined;
  /** Required when admitted differs from plannedSeats. */
  explanation?: ExplanationInput | null | undefined;
  /** Preferential admissions by category. */
  preferential?: Array<PreferentialAdmissionInput> | null | undefined;
  /** Required when the figures change published ones. */
  correctionReason?: string | null | undefined;
};

/** A WGS-84 longitude/latitude box (west, south, east, north), e.g. the part of the map on screen. */
export type BoundingBox = {
  /** Western edge, degrees east. */
  minLng: number;
  /** Southern edge, degrees north. */
  minLat: number;
  /** Eastern edge, degrees east; at least minLng. */
  maxLng: number;
  /** Northern edge, degrees north; at least minLat. */
  maxLat: number;
};

/** Where a bureau change is in its review (先审查、后公开). */
export type BureauChangeStatus =
  /** Waiting for another officer. */
  | 'SUBMITTED'
  /** Returned with a reason; nothing was published. */
  | 'RETURNED'
  /** Approved; being published. */
  | 'APPROVED'
  /** Published: see its versions. */
  | 'PUBLISHED';

/** What a change submitted for review publishes. */
export type CatchmentChangeKind =
  /** A zone set (划片方案) of a district, year and stage. */
  | 'ZONE_SET'
  /** A district boundary with the bureau's public contacts. */
  | 'DISTRICT_BOUNDARY'
  /** An address gazetteer (地名地址库) of a district, for every school year. */
  | 'GAZETTEER'
  /** A drafted zone set shown publicly as the draft for comment (征求意见稿) of a consultation. */
  | 'ZONE_SET_CONSULTATION';

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
  /** A draft published for public comment (征求意见稿) while its consultation runs: readable by everyone, labelled DRAFT, never in force. Afterwards it reads DRAFT again (or PUBLISHED if it became the final version). */
  | 'CONSULTATION'
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

/** Why the number admitted differs from the plan. Policy requires the reason published beside the numbers. */
export type DiscrepancyReason =
  /** Fewer eligible applicants than planned seats. */
  | 'UNDER_APPLIED'
  /** More applicants than seats; places allocated by lottery. */
  | 'OVER_APPLIED_LOTTERY'
  /** Admissions under a published preferential-admission policy (政策性照顾). */
  | 'POLICY_PREFERENCE'
  /** Another reason, explained in the text. */
  | 'OTHER';

/** A school's enrolment plan as its clerk enters it (or a row of the bureau's plan import). */
export type EnrolmentPlanInput = {
  /** Date (YYYY-MM-DD, Beijing) the decision was made, changed or expired (产生/变动/失效), which starts the 20-working-day publication clock; default today. Refused in the future. */
  decidedOn?: string | null | undefined;
  /** The school's district, checked against the school register. */
  districtCode: string;
  /** The school; must be the caller's own. */
  schoolId: string | number;
  /** School year. */
  year: number;
  /** Stage. */
  stage: Stage;
  /** Planned seats. */
  plannedSeats: number;
  /** Planned classes. */
  plannedClasses?: number | null | undefined;
  /** Required when changing a published plan; published with the new version. */
  correctionReason?: string | null | undefined;
};

/** A district's enrolment rules for one year and stage as the bureau edits them in the console: the fields of an importEnrolmentRules row. */
export type EnrolmentRulesInput = {
  /** Date (YYYY-MM-DD, Beijing) the decision was made, changed or expired (产生/变动/失效), which starts the 20-working-day publication clock; default today. Refused in the future. */
  decidedOn?: string | null | undefined;
  /** District; must be the caller's own. */
  districtCode: string;
  /** School year (intake autumn). */
  year: number;
  /** Stage. */
  stage: Stage;
  /** Title of the document. */
  title: string;
  /** Document number (文号). */
  documentNumber?: string | null | undefined;
  /** Issue date (YYYY-MM-DD). */
  issuedOn?: string | null | undefined;
  /** Body of the document. */
  body?: string | null | undefined;
  /** Official interpretation (解读); this, interpretationUrl, or both are required. */
  interpretation?: string | null | undefined;
  /** Where the bureau published the document (https). */
  sourceUrl?: string | null | undefined;
  /** Where the interpretation is published (https). */
  interpretationUrl?: string | null | undefined;
  /** Eligibility cases. */
  eligibility?: Array<string> | null | undefined;
  /** Papers to bring (证件要求). */
  papers?: Array<string> | null | undefined;
  /** Eligibility for migrant workers' children (随迁子女). */
  migrantEligibility?: Array<string> | null | undefined;
  /** Papers for migrant workers' children. */
  migrantPapers?: Array<string> | null | undefined;
  /** Dated phases of the procedure. */
  timetable?: Array<TimetablePhaseInput> | null | undefined;
  /** Admission method and procedure. */
  admissionMethod: string;
  /** Consultation telephone. */
  consultationPhone?: string | null | undefined;
  /** Supervision / report telephone. */
  supervisionPhone?: string | null | undefined;
  /** Petition reception address. */
  petitionAddress?: string | null | undefined;
  /** Required when changing the rules in force; published with the new version. */
  correctionReason?: string | null | undefined;
};

/** The explanation of a gap between plan and admissions. */
export type ExplanationInput = {
  /** Reason category. */
  reasonCode: DiscrepancyReason;
  /** Explanation to publish. */
  text: string;
};

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

/** One person on a list, as the bureau publishes it: only what the list needs. */
export type NamedListEntryInput = {
  /** Full name. */
  name: string;
  /** ID number, where the list needs one. */
  idNumber?: string | null | undefined;
  /** Category (for a preference list, a PreferenceCategory). */
  category?: string | null | undefined;
};

/** A named list to publish. */
export type NamedListInput = {
  /** Date (YYYY-MM-DD, Beijing) the decision was made, changed or expired (产生/变动/失效), which starts the 20-working-day publication clock; default today. Refused in the future. */
  decidedOn?: string | null | undefined;
  /** District; must be the caller's own. */
  districtCode: string;
  /** School, for a school's list (required for POPULAR_SCHOOL_ADMISSION). */
  schoolId?: string | number | null | undefined;
  /** Kind. */
  kind: NamedListKind;
  /** School year. */
  year: number;
  /** Stage. */
  stage: Stage;
  /** Title. */
  title: string;
  /** People listed. */
  entries: Array<NamedListEntryInput>;
  /** True for demonstration data. */
  sampleData?: boolean | null | undefined;
  /** Required when it changes a published list. */
  correctionReason?: string | null | undefined;
};

/** Kind of named list. */
export type NamedListKind =
  /** 政策照顾名单公示: pupils admitted under preferential policies. */
  | 'POLICY_PREFERENCE'
  /** The admitted list of a designated popular school (热点学校录取名单). */
  | 'POPULAR_SCHOOL_ADMISSION';

/** Why an item is overdue. */
export type OverdueReason =
  /** No published figures 20 working days after the admission round closed. */
  | 'ROUND_CLOSED'
  /** A change (submission) not published within 20 working days. */
  | 'CHANGE_PENDING';

/** Who runs the school: 公办 (PUBLIC) or 民办 (PRIVATE). */
export type Ownership =
  | 'PUBLIC'
  | 'PRIVATE';

/** A policy document, as the bureau drafts it. */
export type PolicyDocumentInput = {
  /** District; must be the caller's own. */
  districtCode: string;
  /** Document number (文号), unique in the district. */
  documentNumber: string;
  /** Title. */
  title: string;
  /** Issuing body. */
  issuer: string;
  /** Categories it covers. */
  categories: Array<PreferenceCategory>;
  /** First day in force (YYYY-MM-DD). */
  effectiveFrom: string;
  /** Last day in force (YYYY-MM-DD), if known. */
  effectiveUntil?: string | null | undefined;
  /** Text of the document. */
  body?: string | null | undefined;
  /** Official interpretation (解读). A draft may lack it; publishing needs this or interpretationUrl. */
  interpretation?: string | null | undefined;
  /** Where the official interpretation is published (https only). */
  interpretationUrl?: string | null | undefined;
  /** True for demonstration data. */
  sampleData?: boolean | null | undefined;
};

/** Where a policy document stands on a date. */
export type PolicyStatus =
  /** Not published (未发布): may not be applied. */
  | 'DRAFT'
  /** Published, not yet in force (尚未生效). */
  | 'NOT_YET_IN_FORCE'
  /** Published and in force (现行有效). */
  | 'IN_FORCE'
  /** No longer in force (已失效); still readable. */
  | 'EXPIRED';

/** Category of preferential admission (政策性照顾). */
export type PreferenceCategory =
  /** Children of military personnel (军人子女). */
  | 'MILITARY_FAMILY'
  /** Children of martyrs (烈士子女). */
  | 'MARTYR_CHILD'
  /** Children of recognised high-level talent (高层次人才子女). */
  | 'HIGH_LEVEL_TALENT'
  /** Children of fire and rescue personnel (消防救援人员子女). */
  | 'FIRE_RESCUE_FAMILY'
  /** Children of police killed or injured on duty (公安英模子女). */
  | 'POLICE_FAMILY'
  /** Another category the cited document names. */
  | 'OTHER';

/** Admissions under one preferential category. */
export type PreferentialAdmissionInput = {
  /** Category. */
  category: PreferenceCategory;
  /** Pupils admitted under it. */
  count: number;
  /** Document number (文号) of the published, in-force policy applied. */
  policyDocumentNumber: string;
};

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

/** Where a published record stands. Published records are never edited; corrections supersede them. */
export type PublicationStatus =
  /** In force. */
  | 'PUBLISHED'
  /** Replaced by a later version; still readable, marked. */
  | 'SUPERSEDED';

/** What a register change does. */
export type RegisterAction =
  | 'IMPORT'
  | 'CREATE'
  | 'UPDATE'
  | 'CLOSE'
  | 'REOPEN';

/** Where a register change is in its review (先审查、后公开). */
export type RegisterChangeStatus =
  /** Waiting for a second officer. */
  | 'SUBMITTED'
  /** Sent back with a reason; nothing published. */
  | 'RETURNED'
  /** Approved; being published (a start-up repair finishes an interrupted publication). */
  | 'APPROVED'
  /** Published: the schools' new versions are in force and logged. */
  | 'PUBLISHED';

/** Why a school of the register owes no publications for a year. */
export type SchoolExclusionReason =
  /** Closed (status CLOSED, closing date in or before the year, or not recorded). */
  | 'CLOSED'
  /** Not yet open: PLANNED, or an opening date in a later year. */
  | 'NOT_YET_OPEN'
  /** The register lists other stages only: the school owes nothing for this stage. */
  | 'STAGE_NOT_OFFERED';

/** Which schools to list. Every field narrows the result; all are optional. */
export type SchoolFilter = {
  /** 6-digit division code. */
  districtCode?: string | null | undefined;
  /** Only schools offering this stage. */
  stage?: Stage | null | undefined;
  /** Only public (公办) or only private (民办) schools. */
  ownership?: Ownership | null | undefined;
  /** Only schools with this status. */
  status?: SchoolStatus | null | undefined;
  /** Only schools located inside this box (schools without a location are left out). */
  bbox?: BoundingBox | null | undefined;
  /** Text the name, short name or address contains, e.g. 实验 (1–50 characters, taken literally, case-insensitive). */
  text?: string | null | undefined;
  /** Only these schools, by 10-digit 学校标识码 (at most 500). */
  ids?: Array<string | number> | null | undefined;
};

/** The fields of a new school. Rules as for an imported row: OPEN schools need their contacts and location. */
export type SchoolInput = {
  /** 10-digit national school code (学校标识码); must not be registered yet. */
  id: string | number;
  /** Full registered name. */
  name: string;
  /** Short name used on maps. */
  shortName?: string | null | undefined;
  /** Stages the school offers. */
  stages: Array<Stage>;
  /** 公办 or 民办. */
  ownership: Ownership;
  /** 6-digit division code; must be the caller's own district. */
  districtCode: string;
  /** Street address. */
  address: string;
  /** Location of the main gate, in the datum named by crs. */
  location?: SchoolLocationInput | null | undefined;
  /** Enquiry (招生咨询) telephone. */
  enquiryPhone?: string | null | undefined;
  /** Supervision / report (监督举报) telephone. */
  supervisionPhone?: string | null | undefined;
  /** Petition reception (信访接待) address. */
  petitionAddress?: string | null | undefined;
  /** School website. */
  website?: string | null | undefined;
  /** OPEN (default) or PLANNED; close a school with closeSchool. */
  status?: SchoolStatus | null | undefined;
  /** Opening date (YYYY-MM-DD), or planned opening for a PLANNED school. */
  openedOn?: string | null | undefined;
};

/** A point as entered: longitude and latitude in the datum named by the mutation's crs. */
export type SchoolLocationInput = {
  /** Longitude, degrees east. */
  lng: number;
  /** Latitude, degrees north. */
  lat: number;
};

/** Changes to a school: only the fields given change; null clears an optional field. */
export type SchoolPatch = {
  /** Full registered name. */
  name?: string | null | undefined;
  /** Short name used on maps. */
  shortName?: string | null | undefined;
  /** Stages the school offers. */
  stages?: Array<Stage> | null | undefined;
  /** 公办 or 民办. */
  ownership?: Ownership | null | undefined;
  /** Street address. */
  address?: string | null | undefined;
  /** Location of the main gate, in the datum named by crs. */
  location?: SchoolLocationInput | null | undefined;
  /** Enquiry (招生咨询) telephone. */
  enquiryPhone?: string | null | undefined;
  /** Supervision / report (监督举报) telephone. */
  supervisionPhone?: string | null | undefined;
  /** Petition reception (信访接待) address. */
  petitionAddress?: string | null | undefined;
  /** School website. */
  website?: string | null | undefined;
  /** OPEN or PLANNED (setting either on a CLOSED school reopens it); close with closeSchool. */
  status?: SchoolStatus | null | undefined;
  /** Opening date (YYYY-MM-DD). */
  openedOn?: string | null | undefined;
};

/** School-level rules as a school drafts them. */
export type SchoolRulesInput = {
  /** Date (YYYY-MM-DD, Beijing) the decision was made, changed or expired (产生/变动/失效), which starts the 20-working-day publication clock; default today. Refused in the future. */
  decidedOn?: string | null | undefined;
  /** The school's district, checked against the school register. */
  districtCode: string;
  /** The school; must be the caller's own. */
  schoolId: string | number;
  /** School year. */
  year: number;
  /** Stage. */
  stage: Stage;
  /** Additional rules. */
  rules?: Array<string> | null | undefined;
  /** Additional papers. */
  papers?: Array<string> | null | undefined;
  /** Notes. */
  notes?: string | null | undefined;
  /** Consultation phone. */
  consultationPhone?: string | null | undefined;
  /** Required when changing published rules. */
  correctionReason?: string | null | undefined;
};

/** Whether the school is taking pupils. Closed schools stay in the register, marked. */
export type SchoolStatus =
  | 'OPEN'
  | 'CLOSED'
  | 'PLANNED';

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

/** What a school submits for review. */
export type SubmissionKind =
  /** Admission figures. */
  | 'ADMISSION_RESULT'
  /** Transfer figures of a term. */
  | 'TRANSFER'
  /** School-level rules. */
  | 'SCHOOL_RULES'
  /** Enrolment plan (招生计划). */
  | 'ENROLMENT_PLAN';

/** Where a submission stands: DRAFT → SUBMITTED → RETURNED (with reason) | APPROVED → PUBLISHED. */
export type SubmissionStatus =
  /** Being prepared by the school. */
  | 'DRAFT'
  /** Waiting for the bureau's review. */
  | 'SUBMITTED'
  /** Sent back to the school with a reason. */
  | 'RETURNED'
  /** Approved; being published. */
  | 'APPROVED'
  /** Published (a record version exists). */
  | 'PUBLISHED';

/** Term of a school year. */
export type Term =
  /** First term, from September. */
  | 'AUTUMN'
  /** Second term, from February or March. */
  | 'SPRING';

/** One dated phase of the admission timetable, as the bureau enters it. */
export type TimetablePhaseInput = {
  /** Phase name, e.g. 网上报名. */
  phase: string;
  /** First day (YYYY-MM-DD). */
  startsOn: string;
  /** Last day (YYYY-MM-DD), not before startsOn. */
  endsOn: string;
};

/** Pupils transferred for one reason. */
export type TransferCountInput = {
  /** Reason. */
  reason: TransferReason;
  /** Pupils. */
  count: number;
};

/** Why pupils transferred (转学). */
export type TransferReason =
  /** The family moved house. */
  | 'FAMILY_MOVE'
  /** A parent's job moved. */
  | 'PARENT_JOB'
  /** Household registration (户籍) changed. */
  | 'HUKOU_CHANGE'
  /** Health. */
  | 'HEALTH'
  /** Returned to the home town (e.g. 随迁子女 going home). */
  | 'RETURN_TO_HOMETOWN'
  /** Another reason. */
  | 'OTHER';

/** A school's transfer figures for one term. */
export type TransferReportInput = {
  /** Date (YYYY-MM-DD, Beijing) the decision was made, changed or expired (产生/变动/失效), which starts the 20-working-day publication clock; default today. Refused in the future. */
  decidedOn?: string | null | undefined;
  /** The school's district, checked against the school register. */
  districtCode: string;
  /** The school; must be the caller's own. */
  schoolId: string | number;
  /** School year by its autumn. */
  year: number;
  /** Term. */
  term: Term;
  /** Transfers in, by reason. */
  transfersIn?: Array<TransferCountInput> | null | undefined;
  /** Transfers out, by reason. */
  transfersOut?: Array<TransferCountInput> | null | undefined;
  /** Required when the figures change published ones. */
  correctionReason?: string | null | undefined;
};

/** A part of a zone besides its ground that a diff compares. */
export type ZoneField =
  /** The 四至 text: in law the authoritative part. */
  | 'BOUNDARY_TEXT'
  /** The address rules (对口地段), in published order. */
  | 'RULES'
  /** The school(s) serving the zone. */
  | 'SCHOOLS'
  /** The junior school(s) the zone feeds. */
  | 'FEEDER_SCHOOLS'
  /** How places are allocated (就近 / 电脑派位). */
  | 'ALLOCATION_METHOD';

export type ReviewQueueQueryVariables = Exact<{
  districtCode: string;
}>;


export type ReviewQueueQuery = { submissions: Array<{ id: string, kind: SubmissionKind, year: number, status: SubmissionStatus, districtCode: string, correctionReason: string | null, createdBy: string, createdAt: string, submittedBy: string | null, submittedAt: string | null, reviewedBy: string | null, reviewedAt: string | null, returnReason: string | null, publishedRecordId: string | null, school: { id: string, name: string }, admissionResult: { stage: Stage, round: number, plannedSeats: number, applicants: number, admitted: number, cutoffScore: number | null, explanation: { reasonCode: DiscrepancyReason, text: string } | null, preferential: Array<{ category: PreferenceCategory, count: number, policyDocumentNumber: string }> } | null, transfer: { term: Term, transfersIn: Array<{ reason: TransferReason, count: number }>, transfersOut: Array<{ reason: TransferReason, count: number }> } | null, enrolmentPlan: { stage: Stage, plannedSeats: number, plannedClasses: number | null } | null, schoolRules: { stage: Stage } | null }>, bureauChanges: Array<{ id: string, kind: string, recordKey: string, status: BureauChangeStatus, summary: string, submittedBy: string, submittedAt: string }> | null, registerChanges: Array<{ id: string, kind: string, recordKey: string, action: RegisterAction, status: RegisterChangeStatus, summary: string, submittedBy: string, submittedAt: string, warnings: Array<string>, changeCount: number, changes: Array<{ schoolId: string, row: number | null, baseVersion: number | null, fields: Array<{ field: string, before: string | null, after: string | null }> }> }> | null, catchmentChanges: Array<{ id: string, kind: CatchmentChangeKind, recordKey: string, status: CatchmentChangeStatus, summary: string, submittedBy: string, submittedAt: string, zoneSet: { id: string, year: number, stage: Stage, version: number, status: CatchmentStatus, sourceDocument: string | null, catchments: Array<{ id: string, name: string, boundaryText: string | null }> } | null }> };

export type ZonesInForceQueryVariables = Exact<{
  districtCode: string;
  year: number;
  stage: Stage;
}>;


export type ZonesInForceQuery = { catchments: Array<{ id: string, name: string, boundaryText: string | null, version: number }> | null };

export type ApproveSubmissionMutationVariables = Exact<{
  id: string | number;
}>;


export type ApproveSubmissionMutation = { approveSubmission: { id: string, status: SubmissionStatus } };

export type ReturnSubmissionMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type ReturnSubmissionMutation = { returnSubmission: { id: string, status: SubmissionStatus, returnReason: string | null } };

export type ApproveBureauChangeMutationVariables = Exact<{
  id: string | number;
}>;


export type ApproveBureauChangeMutation = { approveBureauChange: { id: string, status: BureauChangeStatus } };

export type ReturnBureauChangeMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type ReturnBureauChangeMutation = { returnBureauChange: { id: string, status: BureauChangeStatus } };

export type ApproveRegisterChangeMutationVariables = Exact<{
  id: string | number;
}>;


export type ApproveRegisterChangeMutation = { approveRegisterChange: { id: string, status: RegisterChangeStatus } };

export type ReturnRegisterChangeMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type ReturnRegisterChangeMutation = { returnRegisterChange: { id: string, status: RegisterChangeStatus } };

export type ApproveCatchmentChangeMutationVariables = Exact<{
  id: string | number;
}>;


export type ApproveCatchmentChangeMutation = { approveCatchmentChange: { id: string, status: CatchmentChangeStatus } };

export type ReturnCatchmentChangeMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type ReturnCatchmentChangeMutation = { returnCatchmentChange: { id: string, status: CatchmentChangeStatus } };

export type ZoneSetsOnMapQueryVariables = Exact<{
  districtCode: string;
  year: number;
  stage: Stage;
  submittedSetId: string | number;
}>;


export type ZoneSetsOnMapQuery = { inForce: Array<{ id: string, name: string, geometry: unknown }> | null, submitted: { id: string, catchments: Array<{ id: string, name: string, geometry: unknown }> } | null, district: { code: string, boundary: unknown } | null };

export type SubmissionFieldsFragment = { id: string, kind: SubmissionKind, year: number, status: SubmissionStatus, districtCode: string, correctionReason: string | null, createdBy: string, createdAt: string, submittedBy: string | null, submittedAt: string | null, reviewedBy: string | null, reviewedAt: string | null, returnReason: string | null, publishedRecordId: string | null, school: { id: string, name: string }, admissionResult: { stage: Stage, round: number, plannedSeats: number, applicants: number, admitted: number, cutoffScore: number | null, explanation: { reasonCode: DiscrepancyReason, text: string } | null, preferential: Array<{ category: PreferenceCategory, count: number, policyDocumentNumber: string }> } | null, transfer: { term: Term, transfersIn: Array<{ reason: TransferReason, count: number }>, transfersOut: Array<{ reason: TransferReason, count: number }> } | null, enrolmentPlan: { stage: Stage, plannedSeats: number, plannedClasses: number | null } | null, schoolRules: { stage: Stage } | null };

export type MySchoolQueryVariables = Exact<{
  schoolId: string | number;
}>;


export type MySchoolQuery = { school: { id: string, name: string, districtCode: string, stages: Array<Stage>, status: SchoolStatus } | null };

export type SchoolTimetableQueryVariables = Exact<{
  districtCode: string;
  year: number;
  stage: Stage;
}>;


export type SchoolTimetableQuery = { enrolmentTimetable: { on: string, rules: { id: string, year: number, stage: Stage, timetable: Array<{ phase: string, startsOn: string, endsOn: string }> } } | null };

export type PublicationDeadlineQueryVariables = Exact<{
  from: string;
  workingDays?: number | null | undefined;
}>;


export type PublicationDeadlineQuery = { publicationDeadline: { from: string, workingDays: number, dueOn: string, calendarCovered: boolean, missingCalendarYears: Array<number> } };

export type WorkingDaysAfterQueryVariables = Exact<{
  from: string;
}>;


export type WorkingDaysAfterQuery = { d1: { dueOn: string }, d2: { dueOn: string }, d3: { dueOn: string }, d4: { dueOn: string }, d5: { dueOn: string }, d6: { dueOn: string }, d7: { dueOn: string }, d8: { dueOn: string }, d9: { dueOn: string }, d10: { dueOn: string }, d11: { dueOn: string }, d12: { dueOn: string }, d13: { dueOn: string }, d14: { dueOn: string }, d15: { dueOn: string }, d16: { dueOn: string }, d17: { dueOn: string }, d18: { dueOn: string }, d19: { dueOn: string }, d20: { dueOn: string } };

export type MySubmissionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySubmissionsQuery = { submissions: Array<{ id: string, kind: SubmissionKind, year: number, status: SubmissionStatus, districtCode: string, correctionReason: string | null, createdBy: string, createdAt: string, submittedBy: string | null, submittedAt: string | null, reviewedBy: string | null, reviewedAt: string | null, returnReason: string | null, publishedRecordId: string | null, school: { id: string, name: string }, admissionResult: { stage: Stage, round: number, plannedSeats: number, applicants: number, admitted: number, cutoffScore: number | null, explanation: { reasonCode: DiscrepancyReason, text: string } | null, preferential: Array<{ category: PreferenceCategory, count: number, policyDocumentNumber: string }> } | null, transfer: { term: Term, transfersIn: Array<{ reason: TransferReason, count: number }>, transfersOut: Array<{ reason: TransferReason, count: number }> } | null, enrolmentPlan: { stage: Stage, plannedSeats: number, plannedClasses: number | null } | null, schoolRules: { stage: Stage } | null }> };

export type PolicyDocumentsQueryVariables = Exact<{
  districtCode: string;
}>;


export type PolicyDocumentsQuery = { policyDocuments: Array<{ id: string, documentNumber: string, title: string, categories: Array<PreferenceCategory>, effectiveFrom: string, effectiveUntil: string | null, published: boolean, status: PolicyStatus, statusLabel: string }> };

export type SaveEnrolmentPlanMutationVariables = Exact<{
  input: EnrolmentPlanInput;
  submit?: boolean | null | undefined;
}>;


export type SaveEnrolmentPlanMutation = { saveEnrolmentPlan: { id: string, kind: SubmissionKind, year: number, status: SubmissionStatus, districtCode: string, correctionReason: string | null, createdBy: string, createdAt: string, submittedBy: string | null, submittedAt: string | null, reviewedBy: string | null, reviewedAt: string | null, returnReason: string | null, publishedRecordId: string | null, school: { id: string, name: string }, admissionResult: { stage: Stage, round: number, plannedSeats: number, applicants: number, admitted: number, cutoffScore: number | null, explanation: { reasonCode: DiscrepancyReason, text: string } | null, preferential: Array<{ category: PreferenceCategory, count: number, policyDocumentNumber: string }> } | null, transfer: { term: Term, transfersIn: Array<{ reason: TransferReason, count: number }>, transfersOut: Array<{ reason: TransferReason, count: number }> } | null, enrolmentPlan: { stage: Stage, plannedSeats: number, plannedClasses: number | null } | null, schoolRules: { stage: Stage } | null } };

export type SaveAdmissionResultMutationVariables = Exact<{
  input: AdmissionResultInput;
  submit?: boolean | null | undefined;
}>;


export type SaveAdmissionResultMutation = { saveAdmissionResult: { id: string, kind: SubmissionKind, year: number, status: SubmissionStatus, districtCode: string, correctionReason: string | null, createdBy: string, createdAt: string, submittedBy: string | null, submittedAt: string | null, reviewedBy: string | null, reviewedAt: string | null, returnReason: string | null, publishedRecordId: string | null, school: { id: string, name: string }, admissionResult: { stage: Stage, round: number, plannedSeats: number, applicants: number, admitted: number, cutoffScore: number | null, explanation: { reasonCode: DiscrepancyReason, text: string } | null, preferential: Array<{ category: PreferenceCategory, count: number, policyDocumentNumber: string }> } | null, transfer: { term: Term, transfersIn: Array<{ reason: TransferReason, count: number }>, transfersOut: Array<{ reason: TransferReason, count: number }> } | null, enrolmentPlan: { stage: Stage, plannedSeats: number, plannedClasses: number | null } | null, schoolRules: { stage: Stage } | null } };

export type SaveTransferReportMutationVariables = Exact<{
  input: TransferReportInput;
  submit?: boolean | null | undefined;
}>;


export type SaveTransferReportMutation = { saveTransferReport: { id: string, kind: SubmissionKind, year: number, status: SubmissionStatus, districtCode: string, correctionReason: string | null, createdBy: string, createdAt: string, submittedBy: string | null, submittedAt: string | null, reviewedBy: string | null, reviewedAt: string | null, returnReason: string | null, publishedRecordId: string | null, school: { id: string, name: string }, admissionResult: { stage: Stage, round: number, plannedSeats: number, applicants: number, admitted: number, cutoffScore: number | null, explanation: { reasonCode: DiscrepancyReason, text: string } | null, preferential: Array<{ category: PreferenceCategory, count: number, policyDocumentNumber: string }> } | null, transfer: { term: Term, transfersIn: Array<{ reason: TransferReason, count: number }>, transfersOut: Array<{ reason: TransferReason, count: number }> } | null, enrolmentPlan: { stage: Stage, plannedSeats: number, plannedClasses: number | null } | null, schoolRules: { stage: Stage } | null } };

export type SubmitSubmissionMutationVariables = Exact<{
  id: string | number;
}>;


export type SubmitSubmissionMutation = { submitSubmission: { id: string, kind: SubmissionKind, year: number, status: SubmissionStatus, districtCode: string, correctionReason: string | null, createdBy: string, createdAt: string, submittedBy: string | null, submittedAt: string | null, reviewedBy: string | null, reviewedAt: string | null, returnReason: string | null, publishedRecordId: string | null, school: { id: string, name: string }, admissionResult: { stage: Stage, round: number, plannedSeats: number, applicants: number, admitted: number, cutoffScore: number | null, explanation: { reasonCode: DiscrepancyReason, text: string } | null, preferential: Array<{ category: PreferenceCategory, count: number, policyDocumentNumber: string }> } | null, transfer: { term: Term, transfersIn: Array<{ reason: TransferReason, count: number }>, transfersOut: Array<{ reason: TransferReason, count: number }> } | null, enrolmentPlan: { stage: Stage, plannedSeats: number, plannedClasses: number | null } | null, schoolRules: { stage: Stage } | null } };

export type PublishedPlanFieldsFragment = { id: string, year: number, stage: Stage, plannedSeats: number, plannedClasses: number | null, status: PublicationStatus, version: number, correctionReason: string | null, publishedAt: string };

export type PublishedResultFieldsFragment = { id: string, year: number, stage: Stage, round: number, plannedSeats: number, applicants: number, admitted: number, cutoffScore: number | null, status: PublicationStatus, version: number, correctionReason: string | null, publishedAt: string, explanation: { reasonCode: DiscrepancyReason, text: string } | null, preferential: Array<{ category: PreferenceCategory, count: number, policyDocumentNumber: string }> };

export type PublishedTransferFieldsFragment = { id: string, year: number, term: Term, status: PublicationStatus, version: number, correctionReason: string | null, publishedAt: string, transfersIn: Array<{ reason: TransferReason, count: number }>, transfersOut: Array<{ reason: TransferReason, count: number }> };

export type EnrolmentPlanVersionsQueryVariables = Exact<{
  schoolId: string | number;
  year: number;
  stage: Stage;
}>;


export type EnrolmentPlanVersionsQuery = { enrolmentPlanVersions: Array<{ id: string, year: number, stage: Stage, plannedSeats: number, plannedClasses: number | null, status: PublicationStatus, version: number, correctionReason: string | null, publishedAt: string }> };

export type AdmissionResultVersionsQueryVariables = Exact<{
  schoolId: string | number;
  year: number;
  stage: Stage;
  round?: number | null | undefined;
}>;


export type AdmissionResultVersionsQuery = { admissionResultVersions: Array<{ id: string, year: number, stage: Stage, round: number, plannedSeats: number, applicants: number, admitted: number, cutoffScore: number | null, status: PublicationStatus, version: number, correctionReason: string | null, publishedAt: string, explanation: { reasonCode: DiscrepancyReason, text: string } | null, preferential: Array<{ category: PreferenceCategory, count: number, policyDocumentNumber: string }> }> };

export type TransferReportVersionsQueryVariables = Exact<{
  schoolId: string | number;
  year: number;
  term: Term;
}>;


export type TransferReportVersionsQuery = { transferReportVersions: Array<{ id: string, year: number, term: Term, status: PublicationStatus, version: number, correctionReason: string | null, publishedAt: string, transfersIn: Array<{ reason: TransferReason, count: number }>, transfersOut: Array<{ reason: TransferReason, count: number }> }> };

export type SchoolPublishedQueryVariables = Exact<{
  schoolId: string | number;
}>;


export type SchoolPublishedQuery = { school: { id: string, admissions: Array<{ id: string, year: number, stage: Stage, round: number, plannedSeats: number, applicants: number, admitted: number, cutoffScore: number | null, status: PublicationStatus, version: number, correctionReason: string | null, publishedAt: string, explanation: { reasonCode: DiscrepancyReason, text: string } | null, preferential: Array<{ category: PreferenceCategory, count: number, policyDocumentNumber: string }> }>, enrolmentPlans: Array<{ id: string, year: number, stage: Stage, plannedSeats: number, plannedClasses: number | null, status: PublicationStatus, version: number, correctionReason: string | null, publishedAt: string }>, transfers: Array<{ id: string, year: number, term: Term, status: PublicationStatus, version: number, correctionReason: string | null, publishedAt: string, transfersIn: Array<{ reason: TransferReason, count: number }>, transfersOut: Array<{ reason: TransferReason, count: number }> }> } | null };

export type BureauAccountSchoolsQueryVariables = Exact<{
  districtCode: string;
}>;


export type BureauAccountSchoolsQuery = { schools: { nodes: Array<{ id: string, name: string, status: SchoolStatus }> } | null };

export type BureauComplianceBoardQueryVariables = Exact<{
  districtCode: string;
  year: number;
  stage: Stage;
  first?: number | null | undefined;
}>;


export type BureauComplianceBoardQuery = { admissionsSummary: { asOf: string, overdue: Array<{ reason: OverdueReason, dueOn: string, workingDaysOverdue: number, calendarCovered: boolean, missingCalendarYears: Array<number>, school: { id: string } }>, excludedSchools: Array<{ reason: SchoolExclusionReason, on: string | null, school: { id: string } }>, disclosureChecklist: Array<{ id: string, name: string, stages: Array<Stage>, admissionsDisclosure: { items: Array<{ item: DisclosureItemKind, present: boolean, detail: string }> }, catchmentDisclosure: { items: Array<{ item: DisclosureItemKind, present: boolean, detail: string }> }, registerDisclosure: { items: Array<{ item: DisclosureItemKind, present: boolean, detail: string }> }, admissions: Array<{ plannedSeats: number, admitted: number, publishedAt: string, explanation: { text: string } | null, preferential: Array<{ policyDocumentNumber: string, policyDocument: { publishedAt: string | null } | null }> }>, transfers: Array<{ term: Term }>, namedLists: Array<{ title: string, entries: Array<{ masked: boolean }> }> }> }, enrolmentRules: Array<{ interpretation: string | null, interpretationUrl: string | null, timetable: Array<{ phase: string, startsOn: string, endsOn: string }> }> | null };

export type BureauWorkingDayLadderQueryVariables = Exact<{
  today: string;
  roundClosedOn: string;
}>;


export type BureauWorkingDayLadderQuery = { resultsDue: { dueOn: string, calendarCovered: boolean, missingCalendarYears: Array<number> }, d1: { dueOn: string }, d2: { dueOn: string }, d3: { dueOn: string }, d4: { dueOn: string }, d5: { dueOn: string }, d6: { dueOn: string }, d7: { dueOn: string }, d8: { dueOn: string }, d9: { dueOn: string }, d10: { dueOn: string }, d11: { dueOn: string }, d12: { dueOn: string }, d13: { dueOn: string }, d14: { dueOn: string }, d15: { dueOn: string }, d16: { dueOn: string }, d17: { dueOn: string }, d18: { dueOn: string }, d19: { dueOn: string }, d20: { dueOn: string } };

export type AdmissionsClockFieldsFragment = { kind: string, label: string, changeId: string, state: string, decidedOn: string, dueOn: string, publishedOn: string | null, workingDaysOverdue: number, calendarCovered: boolean, missingCalendarYears: Array<number>, school: { id: string } | null };

export type RegisterClockFieldsFragment = { action: RegisterAction, label: string, state: string, decidedOn: string, dueOn: string, publishedOn: string | null, workingDaysOverdue: number, calendarCovered: boolean, missingCalendarYears: Array<number>, change: { id: string } };

export type ZoneSetClockFieldsFragment = { setId: string, label: string, state: string, decidedOn: string, dueOn: string, publishedOn: string | null, workingDaysOverdue: number, calendarCovered: boolean, missingCalendarYears: Array<number>, change: { id: string } };

export type BureauOverdueDecisionsQueryVariables = Exact<{
  districtCode: string;
}>;


export type BureauOverdueDecisionsQuery = { overdueAdmissionsChanges: { asOf: string, workingDays: number, overdue: Array<{ kind: string, label: string, changeId: string, state: string, decidedOn: string, dueOn: string, publishedOn: string | null, workingDaysOverdue: number, calendarCovered: boolean, missingCalendarYears: Array<number>, school: { id: string } | null }>, publishedLate: Array<{ kind: string, label: string, changeId: string, state: string, decidedOn: string, dueOn: string, publishedOn: string | null, workingDaysOverdue: number, calendarCovered: boolean, missingCalendarYears: Array<number>, school: { id: string } | null }> }, overdueRegisterChanges: { overdue: Array<{ action: RegisterAction, label: string, state: string, decidedOn: string, dueOn: string, publishedOn: string | null, workingDaysOverdue: number, calendarCovered: boolean, missingCalendarYears: Array<number>, change: { id: string } }>, publishedLate: Array<{ action: RegisterAction, label: string, state: string, decidedOn: string, dueOn: string, publishedOn: string | null, workingDaysOverdue: number, calendarCovered: boolean, missingCalendarYears: Array<number>, change: { id: string } }> } | null, overdueZoneSets: { overdue: Array<{ setId: string, label: string, state: string, decidedOn: string, dueOn: string, publishedOn: string | null, workingDaysOverdue: number, calendarCovered: boolean, missingCalendarYears: Array<number>, change: { id: string } }>, publishedLate: Array<{ setId: string, label: string, state: string, decidedOn: string, dueOn: string, publishedOn: string | null, workingDaysOverdue: number, calendarCovered: boolean, missingCalendarYears: Array<number>, change: { id: string } }> } };

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

export type NamedListsOfDistrictQueryVariables = Exact<{
  districtCode: string;
  year: number;
}>;


export type NamedListsOfDistrictQuery = { namedLists: Array<{ id: string, kind: NamedListKind, year: number, stage: Stage, title: string, entryCount: number, version: number, status: PublicationStatus, correctionReason: string | null, publishedAt: string, sampleData: boolean, school: { id: string, name: string } | null }>, bureauChanges: Array<{ id: string, kind: string, recordKey: string, summary: string, submittedBy: string, submittedAt: string }> | null, schools: { nodes: Array<{ id: string, name: string, status: SchoolStatus }> } | null };

export type NamedListEntriesQueryVariables = Exact<{
  id: string | number;
  unmasked: boolean;
}>;


export type NamedListEntriesQuery = { namedList: { id: string, entries: Array<{ name: string, idNumber: string | null, category: string | null, masked: boolean }> } | null };

export type PublishNamedListMutationVariables = Exact<{
  input: NamedListInput;
}>;


export type PublishNamedListMutation = { publishNamedList: { id: string, kind: string, recordKey: string, summary: string, status: BureauChangeStatus } | null };

export type PolicyFieldsFragment = { id: string, documentNumber: string, title: string, issuer: string, categories: Array<PreferenceCategory>, effectiveFrom: string, effectiveUntil: string | null, body: string | null, interpretation: string | null, interpretationUrl: string | null, published: boolean, publishedAt: string | null, version: number, correctionReason: string | null, status: PolicyStatus, statusLabel: string };

export type BureauPolicyDocumentsQueryVariables = Exact<{
  districtCode: string;
}>;


export type BureauPolicyDocumentsQuery = { policyDocuments: Array<{ id: string, documentNumber: string, title: string, issuer: string, categories: Array<PreferenceCategory>, effectiveFrom: string, effectiveUntil: string | null, body: string | null, interpretation: string | null, interpretationUrl: string | null, published: boolean, publishedAt: string | null, version: number, correctionReason: string | null, status: PolicyStatus, statusLabel: string }>, bureauChanges: Array<{ id: string, kind: string, recordKey: string, summary: string }> | null };

export type PolicyVersionsQueryVariables = Exact<{
  id: string | number;
}>;


export type PolicyVersionsQuery = { policyDocumentVersions: Array<{ recordId: string, version: number, status: PublicationStatus, effectiveFrom: string, effectiveUntil: string | null, publishedAt: string, correctionReason: string | null }> };

export type SavePolicyDocumentMutationVariables = Exact<{
  input: PolicyDocumentInput;
}>;


export type SavePolicyDocumentMutation = { savePolicyDocument: { id: string, documentNumber: string, title: string, issuer: string, categories: Array<PreferenceCategory>, effectiveFrom: string, effectiveUntil: string | null, body: string | null, interpretation: string | null, interpretationUrl: string | null, published: boolean, publishedAt: string | null, version: number, correctionReason: string | null, status: PolicyStatus, statusLabel: string } };

export type PublishPolicyDocumentMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishPolicyDocumentMutation = { publishPolicyDocument: { id: string, status: BureauChangeStatus } };

export type SetPolicyDocumentExpiryMutationVariables = Exact<{
  id: string | number;
  effectiveUntil: string;
  reason?: string | null | undefined;
}>;


export type SetPolicyDocumentExpiryMutation = { setPolicyDocumentExpiry: { id: string, status: BureauChangeStatus } };

export type RegisterSchoolFieldsFragment = { id: string, name: string, shortName: string | null, stages: Array<Stage>, ownership: Ownership, districtCode: string, address: string, enquiryPhone: string | null, supervisionPhone: string | null, petitionAddress: string | null, website: string | null, status: SchoolStatus, openedOn: string | null, closedOn: string | null, closureReason: string | null, sampleData: boolean, version: number, updatedAt: string, updatedBy: string | null, location: { lng: number, lat: number } | null };

export type RegisterSchoolsQueryVariables = Exact<{
  filter: SchoolFilter;
  first: number;
  after?: string | null | undefined;
}>;


export type RegisterSchoolsQuery = { schools: { totalCount: number, endCursor: string | null, hasNextPage: boolean, nodes: Array<{ id: string, name: string, shortName: string | null, stages: Array<Stage>, ownership: Ownership, districtCode: string, address: string, enquiryPhone: string | null, supervisionPhone: string | null, petitionAddress: string | null, website: string | null, status: SchoolStatus, openedOn: string | null, closedOn: string | null, closureReason: string | null, sampleData: boolean, version: number, updatedAt: string, updatedBy: string | null, location: { lng: number, lat: number } | null }> } | null };

export type RegisterChangesWaitingQueryVariables = Exact<{
  districtCode: string;
}>;


export type RegisterChangesWaitingQuery = { registerChanges: Array<{ id: string, recordKey: string, action: RegisterAction, summary: string, submittedBy: string, submittedAt: string }> | null };

export type RegisterSchoolHistoryQueryVariables = Exact<{
  id: string | number;
  districtCode: string;
}>;


export type RegisterSchoolHistoryQuery = { school: { id: string, name: string, shortName: string | null, stages: Array<Stage>, ownership: Ownership, districtCode: string, address: string, enquiryPhone: string | null, supervisionPhone: string | null, petitionAddress: string | null, website: string | null, status: SchoolStatus, openedOn: string | null, closedOn: string | null, closureReason: string | null, sampleData: boolean, version: number, updatedAt: string, updatedBy: string | null, history: Array<{ version: number, recordId: string, writtenAt: string, writtenBy: string | null, supersededAt: string, supersededBy: string | null, changedFields: Array<string>, name: string, address: string, enquiryPhone: string | null, supervisionPhone: string | null, petitionAddress: string | null, status: SchoolStatus, closedOn: string | null, closureReason: string | null }>, location: { lng: number, lat: number } | null } | null, registerChanges: Array<{ id: string, recordKey: string, action: RegisterAction, status: RegisterChangeStatus, summary: string, submittedBy: string, submittedAt: string, reviewedBy: string | null, reviewedAt: string | null, returnReason: string | null, changes: Array<{ schoolId: string, fields: Array<{ field: string, before: string | null, after: string | null }> }> }> | null };

export type RegisterWriteFieldsFragment = { warnings: Array<string>, change: { id: string, status: RegisterChangeStatus, summary: string } | null };

export type CreateSchoolMutationVariables = Exact<{
  input: SchoolInput;
}>;


export type CreateSchoolMutation = { createSchool: { warnings: Array<string>, change: { id: string, status: RegisterChangeStatus, summary: string } | null } };

export type UpdateSchoolMutationVariables = Exact<{
  id: string | number;
  patch: SchoolPatch;
}>;


export type UpdateSchoolMutation = { updateSchool: { warnings: Array<string>, change: { id: string, status: RegisterChangeStatus, summary: string } | null } };

export type CloseSchoolMutationVariables = Exact<{
  id: string | number;
  closedOn: string;
  reason: string;
}>;


export type CloseSchoolMutation = { closeSchool: { warnings: Array<string>, change: { id: string, status: RegisterChangeStatus, summary: string } | null } };

export type ReopenSchoolMutationVariables = Exact<{
  id: string | number;
  status: SchoolStatus;
}>;


export type ReopenSchoolMutation = { reopenSchool: { warnings: Array<string>, change: { id: string, status: RegisterChangeStatus, summary: string } | null } };

export type NamedListsInForceQueryVariables = Exact<{
  districtCode: string;
  year: number;
  kind: NamedListKind;
}>;


export type NamedListsInForceQuery = { namedLists: Array<{ id: string, title: string, entryCount: number, version: number, stage: Stage, publishedAt: string, school: { id: string, name: string } | null }> };

export type EnrolmentRulesChangesQueryVariables = Exact<{
  districtCode: string;
}>;


export type EnrolmentRulesChangesQuery = { bureauChanges: Array<{ id: string, enrolmentRules: Array<{ replacesVersion: number | null, year: number, stage: Stage, title: string, documentNumber: string | null, issuedOn: string | null, body: string | null, interpretation: string | null, sourceUrl: string | null, interpretationUrl: string | null, eligibility: Array<string>, papers: Array<string>, migrantEligibility: Array<string>, migrantPapers: Array<string>, admissionMethod: string, consultationPhone: string | null, supervisionPhone: string | null, petitionAddress: string | null, correctionReason: string | null, timetable: Array<{ phase: string, startsOn: string, endsOn: string }> }> }> | null };

export type EnrolmentRulesInForceQueryVariables = Exact<{
  districtCode: string;
  year: number;
  stage: Stage;
}>;


export type EnrolmentRulesInForceQuery = { enrolmentRules: Array<{ id: string, year: number, stage: Stage, title: string, documentNumber: string | null, issuedOn: string | null, body: string | null, interpretation: string | null, sourceUrl: string | null, interpretationUrl: string | null, eligibility: Array<string>, papers: Array<string>, migrantEligibility: Array<string>, migrantPapers: Array<string>, admissionMethod: string, consultationPhone: string | null, supervisionPhone: string | null, petitionAddress: string | null, status: PublicationStatus, version: number, correctionReason: string | null, publishedAt: string, timetable: Array<{ phase: string, startsOn: string, endsOn: string }> }> | null };

export type BureauChangeItemsQueryVariables = Exact<{
  id: string | number;
  unmasked: boolean;
}>;


export type BureauChangeItemsQuery = { bureauChange: { id: string, items: Array<{ kind: string, recordKey: string, content: string, correctionReason: string | null, replaces: string | null, replacesVersion: number | null, replacedContent: string | null, entries: Array<{ name: string, idNumber: string | null, category: string | null, masked: boolean }> }> } | null };

export type SchoolNamesByIdsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type SchoolNamesByIdsQuery = { schools: { nodes: Array<{ id: string, name: string }> } | null };

export type ZoneSetsOfYearQueryVariables = Exact<{
  districtCode: string;
  year?: number | null | undefined;
  stage?: Stage | null | undefined;
}>;


export type ZoneSetsOfYearQuery = { zoneSets: Array<{ id: string, status: CatchmentStatus }> };

export type ZoneSetFieldChangesQueryVariables = Exact<{
  fromSetId: string | number;
  toSetId: string | number;
}>;


export type ZoneSetFieldChangesQuery = { zoneSetChanges: { unchanged: number, edited: Array<{ after: { name: string }, changes: Array<{ field: ZoneField, label: string, before: string | null, after: string | null, added: Array<string>, removed: Array<string> }> }> } };

export type RulesFieldsFragment = { id: string, year: number, stage: Stage, title: string, documentNumber: string | null, issuedOn: string | null, body: string | null, interpretation: string | null, sourceUrl: string | null, interpretationUrl: string | null, eligibility: Array<string>, papers: Array<string>, migrantEligibility: Array<string>, migrantPapers: Array<string>, admissionMethod: string, consultationPhone: string | null, supervisionPhone: string | null, petitionAddress: string | null, status: PublicationStatus, version: number, correctionReason: string | null, publishedAt: string, timetable: Array<{ phase: string, startsOn: string, endsOn: string }> };

export type ProposedRulesFieldsFragment = { year: number, stage: Stage, title: string, documentNumber: string | null, issuedOn: string | null, body: string | null, interpretation: string | null, sourceUrl: string | null, interpretationUrl: string | null, eligibility: Array<string>, papers: Array<string>, migrantEligibility: Array<string>, migrantPapers: Array<string>, admissionMethod: string, consultationPhone: string | null, supervisionPhone: string | null, petitionAddress: string | null, correctionReason: string | null, timetable: Array<{ phase: string, startsOn: string, endsOn: string }> };

export type DistrictRulesQueryVariables = Exact<{
  districtCode: string;
  year: number;
  stage: Stage;
}>;


export type DistrictRulesQuery = { enrolmentRules: Array<{ id: string, year: number, stage: Stage, title: string, documentNumber: string | null, issuedOn: string | null, body: string | null, interpretation: string | null, sourceUrl: string | null, interpretationUrl: string | null, eligibility: Array<string>, papers: Array<string>, migrantEligibility: Array<string>, migrantPapers: Array<string>, admissionMethod: string, consultationPhone: string | null, supervisionPhone: string | null, petitionAddress: string | null, status: PublicationStatus, version: number, correctionReason: string | null, publishedAt: string, timetable: Array<{ phase: string, startsOn: string, endsOn: string }> }> | null, bureauChanges: Array<{ id: string, kind: string, recordKey: string, summary: string, submittedBy: string, submittedAt: string, enrolmentRules: Array<{ year: number, stage: Stage, title: string, documentNumber: string | null, issuedOn: string | null, body: string | null, interpretation: string | null, sourceUrl: string | null, interpretationUrl: string | null, eligibility: Array<string>, papers: Array<string>, migrantEligibility: Array<string>, migrantPapers: Array<string>, admissionMethod: string, consultationPhone: string | null, supervisionPhone: string | null, petitionAddress: string | null, correctionReason: string | null, timetable: Array<{ phase: string, startsOn: string, endsOn: string }> }> }> | null };

export type SaveEnrolmentRulesMutationVariables = Exact<{
  input: EnrolmentRulesInput;
}>;


export type SaveEnrolmentRulesMutation = { saveEnrolmentRules: { id: string, status: BureauChangeStatus, summary: string } };

export type SchoolNamedListChangesQueryVariables = Exact<{
  schoolId: string | number;
}>;


export type SchoolNamedListChangesQuery = { schoolNamedListChanges: Array<{ id: string, status: BureauChangeStatus, summary: string, submittedBy: string, submittedAt: string, reviewedAt: string | null, returnReason: string | null, items: Array<{ content: string, entries: Array<{ name: string, idNumber: string | null, category: string | null, masked: boolean }> }> }> };

export type SchoolRulesPublishedFragment = { id: string, year: number, stage: Stage, rules: Array<string>, papers: Array<string>, notes: string | null, consultationPhone: string | null, status: PublicationStatus, version: number, correctionReason: string | null, publishedAt: string };

export type SchoolRulesSubmittedFragment = { id: string, schoolRules: { stage: Stage, rules: Array<string>, papers: Array<string>, notes: string | null, consultationPhone: string | null } | null };

export type SchoolRulesFormQueryVariables = Exact<{
  schoolId: string | number;
  year: number;
  stage: Stage;
}>;


export type SchoolRulesFormQuery = { schoolRulesVersions: Array<{ id: string, year: number, stage: Stage, rules: Array<string>, papers: Array<string>, notes: string | null, consultationPhone: string | null, status: PublicationStatus, version: number, correctionReason: string | null, publishedAt: string }>, submissions: Array<{ id: string, schoolRules: { stage: Stage, rules: Array<string>, papers: Array<string>, notes: string | null, consultationPhone: string | null } | null }> };

export type SaveSchoolRulesMutationVariables = Exact<{
  input: SchoolRulesInput;
  submit?: boolean | null | undefined;
}>;


export type SaveSchoolRulesMutation = { saveSchoolRules: { id: string, kind: SubmissionKind, year: number, status: SubmissionStatus, districtCode: string, correctionReason: string | null, createdBy: string, createdAt: string, submittedBy: string | null, submittedAt: string | null, reviewedBy: string | null, reviewedAt: string | null, returnReason: string | null, publishedRecordId: string | null, school: { id: string, name: string }, admissionResult: { stage: Stage, round: number, plannedSeats: number, applicants: number, admitted: number, cutoffScore: number | null, explanation: { reasonCode: DiscrepancyReason, text: string } | null, preferential: Array<{ category: PreferenceCategory, count: number, policyDocumentNumber: string }> } | null, transfer: { term: Term, transfersIn: Array<{ reason: TransferReason, count: number }>, transfersOut: Array<{ reason: TransferReason, count: number }> } | null, enrolmentPlan: { stage: Stage, plannedSeats: number, plannedClasses: number | null } | null, schoolRules: { stage: Stage, rules: Array<string>, papers: Array<string>, notes: string | null, consultationPhone: string | null } | null } };

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
export const SubmissionFieldsFragmentDoc = new TypedDocumentString(`
    fragment SubmissionFields on Submission {
  id
  kind
  year
  status
  districtCode
  school {
    id
    name
  }
  admissionResult {
    stage
    round
    plannedSeats
    applicants
    admitted
    cutoffScore
    explanation {
      reasonCode
      text
    }
    preferential {
      category
      count
      policyDocumentNumber
    }
  }
  transfer {
    term
    transfersIn {
      reason
      count
    }
    transfersOut {
      reason
      count
    }
  }
  enrolmentPlan {
    stage
    plannedSeats
    plannedClasses
  }
  schoolRules {
    stage
  }
  correctionReason
  createdBy
  createdAt
  submittedBy
  submittedAt
  reviewedBy
  reviewedAt
  returnReason
  publishedRecordId
}
    `, {"fragmentName":"SubmissionFields"}) as unknown as TypedDocumentString<SubmissionFieldsFragment, unknown>;
export const PublishedPlanFieldsFragmentDoc = new TypedDocumentString(`
    fragment PublishedPlanFields on EnrolmentPlan {
  id
  year
  stage
  plannedSeats
  plannedClasses
  status
  version
  correctionReason
  publishedAt
}
    `, {"fragmentName":"PublishedPlanFields"}) as unknown as TypedDocumentString<PublishedPlanFieldsFragment, unknown>;
export const PublishedResultFieldsFragmentDoc = new TypedDocumentString(`
    fragment PublishedResultFields on AdmissionResult {
  id
  year
  stage
  round
  plannedSeats
  applicants
  admitted
  cutoffScore
  explanation {
    reasonCode
    text
  }
  preferential {
    category
    count
    policyDocumentNumber
  }
  status
  version
  correctionReason
  publishedAt
}
    `, {"fragmentName":"PublishedResultFields"}) as unknown as TypedDocumentString<PublishedResultFieldsFragment, unknown>;
export const PublishedTransferFieldsFragmentDoc = new TypedDocumentString(`
    fragment PublishedTransferFields on TransferReport {
  id
  year
  term
  transfersIn {
    reason
    count
  }
  transfersOut {
    reason
    count
  }
  status
  version
  correctionReason
  publishedAt
}
    `, {"fragmentName":"PublishedTransferFields"}) as unknown as TypedDocumentString<PublishedTransferFieldsFragment, unknown>;
export const AdmissionsClockFieldsFragmentDoc = new TypedDocumentString(`
    fragment AdmissionsClockFields on AdmissionsClockItem {
  kind
  label
  changeId
  school {
    id
  }
  state
  decidedOn
  dueOn
  publishedOn
  workingDaysOverdue
  calendarCovered
  missingCalendarYears
}
    `, {"fragmentName":"AdmissionsClockFields"}) as unknown as TypedDocumentString<AdmissionsClockFieldsFragment, unknown>;
export const RegisterClockFieldsFragmentDoc = new TypedDocumentString(`
    fragment RegisterClockFields on RegisterChangeClock {
  action
  label
  change {
    id
  }
  state
  decidedOn
  dueOn
  publishedOn
  workingDaysOverdue
  calendarCovered
  missingCalendarYears
}
    `, {"fragmentName":"RegisterClockFields"}) as unknown as TypedDocumentString<RegisterClockFieldsFragment, unknown>;
export const ZoneSetClockFieldsFragmentDoc = new TypedDocumentString(`
    fragment ZoneSetClockFields on ZoneSetClock {
  setId
  label
  change {
    id
  }
  state
  decidedOn
  dueOn
  publishedOn
  workingDaysOverdue
  calendarCovered
  missingCalendarYears
}
    `, {"fragmentName":"ZoneSetClockFields"}) as unknown as TypedDocumentString<ZoneSetClockFieldsFragment, unknown>;
export const PolicyFieldsFragmentDoc = new TypedDocumentString(`
    fragment PolicyFields on PolicyDocument {
  id
  documentNumber
  title
  issuer
  categories
  effectiveFrom
  effectiveUntil
  body
  interpretation
  interpretationUrl
  published
  publishedAt
  version
  correctionReason
  status
  statusLabel
}
    `, {"fragmentName":"PolicyFields"}) as unknown as TypedDocumentString<PolicyFieldsFragment, unknown>;
export const RegisterSchoolFieldsFragmentDoc = new TypedDocumentString(`
    fragment RegisterSchoolFields on School {
  id
  name
  shortName
  stages
  ownership
  districtCode
  address
  location {
    lng
    lat
  }
  enquiryPhone
  supervisionPhone
  petitionAddress
  website
  status
  openedOn
  closedOn
  closureReason
  sampleData
  version
  updatedAt
  updatedBy
}
    `, {"fragmentName":"RegisterSchoolFields"}) as unknown as TypedDocumentString<RegisterSchoolFieldsFragment, unknown>;
export const RegisterWriteFieldsFragmentDoc = new TypedDocumentString(`
    fragment RegisterWriteFields on SchoolWriteResult {
  change {
    id
    status
    summary
  }
  warnings
}
    `, {"fragmentName":"RegisterWriteFields"}) as unknown as TypedDocumentString<RegisterWriteFieldsFragment, unknown>;
export const RulesFieldsFragmentDoc = new TypedDocumentString(`
    fragment RulesFields on EnrolmentRules {
  id
  year
  stage
  title
  documentNumber
  issuedOn
  body
  interpretation
  sourceUrl
  interpretationUrl
  eligibility
  papers
  migrantEligibility
  migrantPapers
  timetable {
    phase
    startsOn
    endsOn
  }
  admissionMethod
  consultationPhone
  supervisionPhone
  petitionAddress
  status
  version
  correctionReason
  publishedAt
}
    `, {"fragmentName":"RulesFields"}) as unknown as TypedDocumentString<RulesFieldsFragment, unknown>;
export const ProposedRulesFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProposedRulesFields on ProposedEnrolmentRules {
  year
  stage
  title
  documentNumber
  issuedOn
  body
  interpretation
  sourceUrl
  interpretationUrl
  eligibility
  papers
  migrantEligibility
  migrantPapers
  timetable {
    phase
    startsOn
    endsOn
  }
  admissionMethod
  consultationPhone
  supervisionPhone
  petitionAddress
  correctionReason
}
    `, {"fragmentName":"ProposedRulesFields"}) as unknown as TypedDocumentString<ProposedRulesFieldsFragment, unknown>;
export const SchoolRulesPublishedFragmentDoc = new TypedDocumentString(`
    fragment SchoolRulesPublished on SchoolRules {
  id
  year
  stage
  rules
  papers
  notes
  consultationPhone
  status
  version
  correctionReason
  publishedAt
}
    `, {"fragmentName":"SchoolRulesPublished"}) as unknown as TypedDocumentString<SchoolRulesPublishedFragment, unknown>;
export const SchoolRulesSubmittedFragmentDoc = new TypedDocumentString(`
    fragment SchoolRulesSubmitted on Submission {
  id
  schoolRules {
    stage
    rules
    papers
    notes
    consultationPhone
  }
}
    `, {"fragmentName":"SchoolRulesSubmitted"}) as unknown as TypedDocumentString<SchoolRulesSubmittedFragment, unknown>;
export const ReviewQueueDocument = new TypedDocumentString(`
    query ReviewQueue($districtCode: String!) {
  submissions(districtCode: $districtCode, status: [SUBMITTED]) {
    ...SubmissionFields
  }
  bureauChanges(districtCode: $districtCode, status: SUBMITTED) {
    id
    kind
    recordKey
    status
    summary
    submittedBy
    submittedAt
  }
  registerChanges(districtCode: $districtCode, status: SUBMITTED) {
    id
    kind
    recordKey
    action
    status
    summary
    submittedBy
    submittedAt
    warnings
    changeCount
    changes(first: 200) {
      schoolId
      row
      baseVersion
      fields {
        field
        before
        after
      }
    }
  }
  catchmentChanges(districtCode: $districtCode, status: SUBMITTED) {
    id
    kind
    recordKey
    status
    summary
    submittedBy
    submittedAt
    zoneSet {
      id
      year
      stage
      version
      status
      sourceDocument
      catchments {
        id
        name
        boundaryText
      }
    }
  }
}
    fragment SubmissionFields on Submission {
  id
  kind
  year
  status
  districtCode
  school {
    id
    name
  }
  admissionResult {
    stage
    round
    plannedSeats
    applicants
    admitted
    cutoffScore
    explanation {
      reasonCode
      text
    }
    preferential {
      category
      count
      policyDocumentNumber
    }
  }
  transfer {
    term
    transfersIn {
      reason
      count
    }
    transfersOut {
      reason
      count
    }
  }
  enrolmentPlan {
    stage
    plannedSeats
    plannedClasses
  }
  schoolRules {
    stage
  }
  correctionReason
  createdBy
  createdAt
  submittedBy
  submittedAt
  reviewedBy
  reviewedAt
  returnReason
  publishedRecordId
}`) as unknown as TypedDocumentString<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const ZonesInForceDocument = new TypedDocumentString(`
    query ZonesInForce($districtCode: String!, $year: Int!, $stage: Stage!) {
  catchments(districtCode: $districtCode, year: $year, stage: $stage) {
    id
    name
    boundaryText
    version
  }
}
    `) as unknown as TypedDocumentString<ZonesInForceQuery, ZonesInForceQueryVariables>;
export const ApproveSubmissionDocument = new TypedDocumentString(`
    mutation ApproveSubmission($id: ID!) {
  approveSubmission(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ApproveSubmissionMutation, ApproveSubmissionMutationVariables>;
export const ReturnSubmissionDocument = new TypedDocumentString(`
    mutation ReturnSubmission($id: ID!, $reason: String!) {
  returnSubmission(id: $id, reason: $reason) {
    id
    status
    returnReason
  }
}
    `) as unknown as TypedDocumentString<ReturnSubmissionMutation, ReturnSubmissionMutationVariables>;
export const ApproveBureauChangeDocument = new TypedDocumentString(`
    mutation ApproveBureauChange($id: ID!) {
  approveBureauChange(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ApproveBureauChangeMutation, ApproveBureauChangeMutationVariables>;
export const ReturnBureauChangeDocument = new TypedDocumentString(`
    mutation ReturnBureauChange($id: ID!, $reason: String!) {
  returnBureauChange(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ReturnBureauChangeMutation, ReturnBureauChangeMutationVariables>;
export const ApproveRegisterChangeDocument = new TypedDocumentString(`
    mutation ApproveRegisterChange($id: ID!) {
  approveRegisterChange(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ApproveRegisterChangeMutation, ApproveRegisterChangeMutationVariables>;
export const ReturnRegisterChangeDocument = new TypedDocumentString(`
    mutation ReturnRegisterChange($id: ID!, $reason: String!) {
  returnRegisterChange(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ReturnRegisterChangeMutation, ReturnRegisterChangeMutationVariables>;
export const ApproveCatchmentChangeDocument = new TypedDocumentString(`
    mutation ApproveCatchmentChange($id: ID!) {
  approveCatchmentChange(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ApproveCatchmentChangeMutation, ApproveCatchmentChangeMutationVariables>;
export const ReturnCatchmentChangeDocument = new TypedDocumentString(`
    mutation ReturnCatchmentChange($id: ID!, $reason: String!) {
  returnCatchmentChange(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ReturnCatchmentChangeMutation, ReturnCatchmentChangeMutationVariables>;
export const ZoneSetsOnMapDocument = new TypedDocumentString(`
    query ZoneSetsOnMap($districtCode: String!, $year: Int!, $stage: Stage!, $submittedSetId: ID!) {
  inForce: catchments(districtCode: $districtCode, year: $year, stage: $stage) {
    id
    name
    geometry
  }
  submitted: zoneSet(id: $submittedSetId) {
    id
    catchments {
      id
      name
      geometry
    }
  }
  district(code: $districtCode) {
    code
    boundary
  }
}
    `) as unknown as TypedDocumentString<ZoneSetsOnMapQuery, ZoneSetsOnMapQueryVariables>;
export const MySchoolDocument = new TypedDocumentString(`
    query MySchool($schoolId: ID!) {
  school(id: $schoolId) {
    id
    name
    districtCode
    stages
    status
  }
}
    `) as unknown as TypedDocumentString<MySchoolQuery, MySchoolQueryVariables>;
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
export const PublicationDeadlineDocument = new TypedDocumentString(`
    query PublicationDeadline($from: String!, $workingDays: Int) {
  publicationDeadline(from: $from, workingDays: $workingDays) {
    from
    workingDays
    dueOn
    calendarCovered
    missingCalendarYears
  }
}
    `) as unknown as TypedDocumentString<PublicationDeadlineQuery, PublicationDeadlineQueryVariables>;
export const WorkingDaysAfterDocument = new TypedDocumentString(`
    query WorkingDaysAfter($from: String!) {
  d1: publicationDeadline(from: $from, workingDays: 1) {
    dueOn
  }
  d2: publicationDeadline(from: $from, workingDays: 2) {
    dueOn
  }
  d3: publicationDeadline(from: $from, workingDays: 3) {
    dueOn
  }
  d4: publicationDeadline(from: $from, workingDays: 4) {
    dueOn
  }
  d5: publicationDeadline(from: $from, workingDays: 5) {
    dueOn
  }
  d6: publicationDeadline(from: $from, workingDays: 6) {
    dueOn
  }
  d7: publicationDeadline(from: $from, workingDays: 7) {
    dueOn
  }
  d8: publicationDeadline(from: $from, workingDays: 8) {
    dueOn
  }
  d9: publicationDeadline(from: $from, workingDays: 9) {
    dueOn
  }
  d10: publicationDeadline(from: $from, workingDays: 10) {
    dueOn
  }
  d11: publicationDeadline(from: $from, workingDays: 11) {
    dueOn
  }
  d12: publicationDeadline(from: $from, workingDays: 12) {
    dueOn
  }
  d13: publicationDeadline(from: $from, workingDays: 13) {
    dueOn
  }
  d14: publicationDeadline(from: $from, workingDays: 14) {
    dueOn
  }
  d15: publicationDeadline(from: $from, workingDays: 15) {
    dueOn
  }
  d16: publicationDeadline(from: $from, workingDays: 16) {
    dueOn
  }
  d17: publicationDeadline(from: $from, workingDays: 17) {
    dueOn
  }
  d18: publicationDeadline(from: $from, workingDays: 18) {
    dueOn
  }
  d19: publicationDeadline(from: $from, workingDays: 19) {
    dueOn
  }
  d20: publicationDeadline(from: $from, workingDays: 20) {
    dueOn
  }
}
    `) as unknown as TypedDocumentString<WorkingDaysAfterQuery, WorkingDaysAfterQueryVariables>;
export const MySubmissionsDocument = new TypedDocumentString(`
    query MySubmissions {
  submissions(first: 200) {
    ...SubmissionFields
  }
}
    fragment SubmissionFields on Submission {
  id
  kind
  year
  status
  districtCode
  school {
    id
    name
  }
  admissionResult {
    stage
    round
    plannedSeats
    applicants
    admitted
    cutoffScore
    explanation {
      reasonCode
      text
    }
    preferential {
      category
      count
      policyDocumentNumber
    }
  }
  transfer {
    term
    transfersIn {
      reason
      count
    }
    transfersOut {
      reason
      count
    }
  }
  enrolmentPlan {
    stage
    plannedSeats
    plannedClasses
  }
  schoolRules {
    stage
  }
  correctionReason
  createdBy
  createdAt
  submittedBy
  submittedAt
  reviewedBy
  reviewedAt
  returnReason
  publishedRecordId
}`) as unknown as TypedDocumentString<MySubmissionsQuery, MySubmissionsQueryVariables>;
export const PolicyDocumentsDocument = new TypedDocumentString(`
    query PolicyDocuments($districtCode: String!) {
  policyDocuments(districtCode: $districtCode) {
    id
    documentNumber
    title
    categories
    effectiveFrom
    effectiveUntil
    published
    status
    statusLabel
  }
}
    `) as unknown as TypedDocumentString<PolicyDocumentsQuery, PolicyDocumentsQueryVariables>;
export const SaveEnrolmentPlanDocument = new TypedDocumentString(`
    mutation SaveEnrolmentPlan($input: EnrolmentPlanInput!, $submit: Boolean) {
  saveEnrolmentPlan(input: $input, submit: $submit) {
    ...SubmissionFields
  }
}
    fragment SubmissionFields on Submission {
  id
  kind
  year
  status
  districtCode
  school {
    id
    name
  }
  admissionResult {
    stage
    round
    plannedSeats
    applicants
    admitted
    cutoffScore
    explanation {
      reasonCode
      text
    }
    preferential {
      category
      count
      policyDocumentNumber
    }
  }
  transfer {
    term
    transfersIn {
      reason
      count
    }
    transfersOut {
      reason
      count
    }
  }
  enrolmentPlan {
    stage
    plannedSeats
    plannedClasses
  }
  schoolRules {
    stage
  }
  correctionReason
  createdBy
  createdAt
  submittedBy
  submittedAt
  reviewedBy
  reviewedAt
  returnReason
  publishedRecordId
}`) as unknown as TypedDocumentString<SaveEnrolmentPlanMutation, SaveEnrolmentPlanMutationVariables>;
export const SaveAdmissionResultDocument = new TypedDocumentString(`
    mutation SaveAdmissionResult($input: AdmissionResultInput!, $submit: Boolean) {
  saveAdmissionResult(input: $input, submit: $submit) {
    ...SubmissionFields
  }
}
    fragment SubmissionFields on Submission {
  id
  kind
  year
  status
  districtCode
  school {
    id
    name
  }
  admissionResult {
    stage
    round
    plannedSeats
    applicants
    admitted
    cutoffScore
    explanation {
      reasonCode
      text
    }
    preferential {
      category
      count
      policyDocumentNumber
    }
  }
  transfer {
    term
    transfersIn {
      reason
      count
    }
    transfersOut {
      reason
      count
    }
  }
  enrolmentPlan {
    stage
    plannedSeats
    plannedClasses
  }
  schoolRules {
    stage
  }
  correctionReason
  createdBy
  createdAt
  submittedBy
  submittedAt
  reviewedBy
  reviewedAt
  returnReason
  publishedRecordId
}`) as unknown as TypedDocumentString<SaveAdmissionResultMutation, SaveAdmissionResultMutationVariables>;
export const SaveTransferReportDocument = new TypedDocumentString(`
    mutation SaveTransferReport($input: TransferReportInput!, $submit: Boolean) {
  saveTransferReport(input: $input, submit: $submit) {
    ...SubmissionFields
  }
}
    fragment SubmissionFields on Submission {
  id
  kind
  year
  status
  districtCode
  school {
    id
    name
  }
  admissionResult {
    stage
    round
    plannedSeats
    applicants
    admitted
    cutoffScore
    explanation {
      reasonCode
      text
    }
    preferential {
      category
      count
      policyDocumentNumber
    }
  }
  transfer {
    term
    transfersIn {
      reason
      count
    }
    transfersOut {
      reason
      count
    }
  }
  enrolmentPlan {
    stage
    plannedSeats
    plannedClasses
  }
  schoolRules {
    stage
  }
  correctionReason
  createdBy
  createdAt
  submittedBy
  submittedAt
  reviewedBy
  reviewedAt
  returnReason
  publishedRecordId
}`) as unknown as TypedDocumentString<SaveTransferReportMutation, SaveTransferReportMutationVariables>;
export const SubmitSubmissionDocument = new TypedDocumentString(`
    mutation SubmitSubmission($id: ID!) {
  submitSubmission(id: $id) {
    ...SubmissionFields
  }
}
    fragment SubmissionFields on Submission {
  id
  kind
  year
  status
  districtCode
  school {
    id
    name
  }
  admissionResult {
    stage
    round
    plannedSeats
    applicants
    admitted
    cutoffScore
    explanation {
      reasonCode
      text
    }
    preferential {
      category
      count
      policyDocumentNumber
    }
  }
  transfer {
    term
    transfersIn {
      reason
      count
    }
    transfersOut {
      reason
      count
    }
  }
  enrolmentPlan {
    stage
    plannedSeats
    plannedClasses
  }
  schoolRules {
    stage
  }
  correctionReason
  createdBy
  createdAt
  submittedBy
  submittedAt
  reviewedBy
  reviewedAt
  returnReason
  publishedRecordId
}`) as unknown as TypedDocumentString<SubmitSubmissionMutation, SubmitSubmissionMutationVariables>;
export const EnrolmentPlanVersionsDocument = new TypedDocumentString(`
    query EnrolmentPlanVersions($schoolId: ID!, $year: Int!, $stage: Stage!) {
  enrolmentPlanVersions(schoolId: $schoolId, year: $year, stage: $stage) {
    ...PublishedPlanFields
  }
}
    fragment PublishedPlanFields on EnrolmentPlan {
  id
  year
  stage
  plannedSeats
  plannedClasses
  status
  version
  correctionReason
  publishedAt
}`) as unknown as TypedDocumentString<EnrolmentPlanVersionsQuery, EnrolmentPlanVersionsQueryVariables>;
export const AdmissionResultVersionsDocument = new TypedDocumentString(`
    query AdmissionResultVersions($schoolId: ID!, $year: Int!, $stage: Stage!, $round: Int) {
  admissionResultVersions(
    schoolId: $schoolId
    year: $year
    stage: $stage
    round: $round
  ) {
    ...PublishedResultFields
  }
}
    fragment PublishedResultFields on AdmissionResult {
  id
  year
  stage
  round
  plannedSeats
  applicants
  admitted
  cutoffScore
  explanation {
    reasonCode
    text
  }
  preferential {
    category
    count
    policyDocumentNumber
  }
  status
  version
  correctionReason
  publishedAt
}`) as unknown as TypedDocumentString<AdmissionResultVersionsQuery, AdmissionResultVersionsQueryVariables>;
export const TransferReportVersionsDocument = new TypedDocumentString(`
    query TransferReportVersions($schoolId: ID!, $year: Int!, $term: Term!) {
  transferReportVersions(schoolId: $schoolId, year: $year, term: $term) {
    ...PublishedTransferFields
  }
}
    fragment PublishedTransferFields on TransferReport {
  id
  year
  term
  transfersIn {
    reason
    count
  }
  transfersOut {
    reason
    count
  }
  status
  version
  correctionReason
  publishedAt
}`) as unknown as TypedDocumentString<TransferReportVersionsQuery, TransferReportVersionsQueryVariables>;
export const SchoolPublishedDocument = new TypedDocumentString(`
    query SchoolPublished($schoolId: ID!) {
  school(id: $schoolId) {
    id
    admissions {
      ...PublishedResultFields
    }
    enrolmentPlans {
      ...PublishedPlanFields
    }
    transfers {
      ...PublishedTransferFields
    }
  }
}
    fragment PublishedPlanFields on EnrolmentPlan {
  id
  year
  stage
  plannedSeats
  plannedClasses
  status
  version
  correctionReason
  publishedAt
}
fragment PublishedResultFields on AdmissionResult {
  id
  year
  stage
  round
  plannedSeats
  applicants
  admitted
  cutoffScore
  explanation {
    reasonCode
    text
  }
  preferential {
    category
    count
    policyDocumentNumber
  }
  status
  version
  correctionReason
  publishedAt
}
fragment PublishedTransferFields on TransferReport {
  id
  year
  term
  transfersIn {
    reason
    count
  }
  transfersOut {
    reason
    count
  }
  status
  version
  correctionReason
  publishedAt
}`) as unknown as TypedDocumentString<SchoolPublishedQuery, SchoolPublishedQueryVariables>;
export const BureauAccountSchoolsDocument = new TypedDocumentString(`
    query BureauAccountSchools($districtCode: String!) {
  schools(filter: {districtCode: $districtCode}, first: 500) {
    nodes {
      id
      name
      status
    }
  }
}
    `) as unknown as TypedDocumentString<BureauAccountSchoolsQuery, BureauAccountSchoolsQueryVariables>;
export const BureauComplianceBoardDocument = new TypedDocumentString(`
    query BureauComplianceBoard($districtCode: String!, $year: Int!, $stage: Stage!, $first: Int = 2000) {
  admissionsSummary(
    districtCode: $districtCode
    year: $year
    stage: $stage
    first: $first
  ) {
    asOf
    overdue {
      school {
        id
      }
      reason
      dueOn
      workingDaysOverdue
      calendarCovered
      missingCalendarYears
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
    missingCalendarYears
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
export const BureauOverdueDecisionsDocument = new TypedDocumentString(`
    query BureauOverdueDecisions($districtCode: String!) {
  overdueAdmissionsChanges(districtCode: $districtCode) {
    asOf
    workingDays
    overdue {
      ...AdmissionsClockFields
    }
    publishedLate {
      ...AdmissionsClockFields
    }
  }
  overdueRegisterChanges(districtCode: $districtCode) {
    overdue {
      ...RegisterClockFields
    }
    publishedLate {
      ...RegisterClockFields
    }
  }
  overdueZoneSets(districtCode: $districtCode) {
    overdue {
      ...ZoneSetClockFields
    }
    publishedLate {
      ...ZoneSetClockFields
    }
  }
}
    fragment AdmissionsClockFields on AdmissionsClockItem {
  kind
  label
  changeId
  school {
    id
  }
  state
  decidedOn
  dueOn
  publishedOn
  workingDaysOverdue
  calendarCovered
  missingCalendarYears
}
fragment RegisterClockFields on RegisterChangeClock {
  action
  label
  change {
    id
  }
  state
  decidedOn
  dueOn
  publishedOn
  workingDaysOverdue
  calendarCovered
  missingCalendarYears
}
fragment ZoneSetClockFields on ZoneSetClock {
  setId
  label
  change {
    id
  }
  state
  decidedOn
  dueOn
  publishedOn
  workingDaysOverdue
  calendarCovered
  missingCalendarYears
}`) as unknown as TypedDocumentString<BureauOverdueDecisionsQuery, BureauOverdueDecisionsQueryVariables>;
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
export const NamedListsOfDistrictDocument = new TypedDocumentString(`
    query NamedListsOfDistrict($districtCode: String!, $year: Int!) {
  namedLists(districtCode: $districtCode, year: $year) {
    id
    kind
    year
    stage
    title
    entryCount
    version
    status
    correctionReason
    publishedAt
    sampleData
    school {
      id
      name
    }
  }
  bureauChanges(districtCode: $districtCode, status: SUBMITTED) {
    id
    kind
    recordKey
    summary
    submittedBy
    submittedAt
  }
  schools(filter: {districtCode: $districtCode}, first: 500) {
    nodes {
      id
      name
      status
    }
  }
}
    `) as unknown as TypedDocumentString<NamedListsOfDistrictQuery, NamedListsOfDistrictQueryVariables>;
export const NamedListEntriesDocument = new TypedDocumentString(`
    query NamedListEntries($id: ID!, $unmasked: Boolean!) {
  namedList(id: $id) {
    id
    entries(unmasked: $unmasked) {
      name
      idNumber
      category
      masked
    }
  }
}
    `) as unknown as TypedDocumentString<NamedListEntriesQuery, NamedListEntriesQueryVariables>;
export const PublishNamedListDocument = new TypedDocumentString(`
    mutation PublishNamedList($input: NamedListInput!) {
  publishNamedList(input: $input) {
    id
    kind
    recordKey
    summary
    status
  }
}
    `) as unknown as TypedDocumentString<PublishNamedListMutation, PublishNamedListMutationVariables>;
export const BureauPolicyDocumentsDocument = new TypedDocumentString(`
    query BureauPolicyDocuments($districtCode: String!) {
  policyDocuments(districtCode: $districtCode, includeDrafts: true) {
    ...PolicyFields
  }
  bureauChanges(districtCode: $districtCode, status: SUBMITTED) {
    id
    kind
    recordKey
    summary
  }
}
    fragment PolicyFields on PolicyDocument {
  id
  documentNumber
  title
  issuer
  categories
  effectiveFrom
  effectiveUntil
  body
  interpretation
  interpretationUrl
  published
  publishedAt
  version
  correctionReason
  status
  statusLabel
}`) as unknown as TypedDocumentString<BureauPolicyDocumentsQuery, BureauPolicyDocumentsQueryVariables>;
export const PolicyVersionsDocument = new TypedDocumentString(`
    query PolicyVersions($id: ID!) {
  policyDocumentVersions(id: $id) {
    recordId
    version
    status
    effectiveFrom
    effectiveUntil
    publishedAt
    correctionReason
  }
}
    `) as unknown as TypedDocumentString<PolicyVersionsQuery, PolicyVersionsQueryVariables>;
export const SavePolicyDocumentDocument = new TypedDocumentString(`
    mutation SavePolicyDocument($input: PolicyDocumentInput!) {
  savePolicyDocument(input: $input) {
    ...PolicyFields
  }
}
    fragment PolicyFields on PolicyDocument {
  id
  documentNumber
  title
  issuer
  categories
  effectiveFrom
  effectiveUntil
  body
  interpretation
  interpretationUrl
  published
  publishedAt
  version
  correctionReason
  status
  statusLabel
}`) as unknown as TypedDocumentString<SavePolicyDocumentMutation, SavePolicyDocumentMutationVariables>;
export const PublishPolicyDocumentDocument = new TypedDocumentString(`
    mutation PublishPolicyDocument($id: ID!) {
  publishPolicyDocument(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<PublishPolicyDocumentMutation, PublishPolicyDocumentMutationVariables>;
export const SetPolicyDocumentExpiryDocument = new TypedDocumentString(`
    mutation SetPolicyDocumentExpiry($id: ID!, $effectiveUntil: String!, $reason: String) {
  setPolicyDocumentExpiry(
    id: $id
    effectiveUntil: $effectiveUntil
    reason: $reason
  ) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SetPolicyDocumentExpiryMutation, SetPolicyDocumentExpiryMutationVariables>;
export const RegisterSchoolsDocument = new TypedDocumentString(`
    query RegisterSchools($filter: SchoolFilter!, $first: Int!, $after: String) {
  schools(filter: $filter, first: $first, after: $after) {
    nodes {
      ...RegisterSchoolFields
    }
    totalCount
    endCursor
    hasNextPage
  }
}
    fragment RegisterSchoolFields on School {
  id
  name
  shortName
  stages
  ownership
  districtCode
  address
  location {
    lng
    lat
  }
  enquiryPhone
  supervisionPhone
  petitionAddress
  website
  status
  openedOn
  closedOn
  closureReason
  sampleData
  version
  updatedAt
  updatedBy
}`) as unknown as TypedDocumentString<RegisterSchoolsQuery, RegisterSchoolsQueryVariables>;
export const RegisterChangesWaitingDocument = new TypedDocumentString(`
    query RegisterChangesWaiting($districtCode: String!) {
  registerChanges(districtCode: $districtCode, status: SUBMITTED) {
    id
    recordKey
    action
    summary
    submittedBy
    submittedAt
  }
}
    `) as unknown as TypedDocumentString<RegisterChangesWaitingQuery, RegisterChangesWaitingQueryVariables>;
export const RegisterSchoolHistoryDocument = new TypedDocumentString(`
    query RegisterSchoolHistory($id: ID!, $districtCode: String!) {
  school(id: $id) {
    ...RegisterSchoolFields
    history {
      version
      recordId
      writtenAt
      writtenBy
      supersededAt
      supersededBy
      changedFields
      name
      address
      enquiryPhone
      supervisionPhone
      petitionAddress
      status
      closedOn
      closureReason
    }
  }
  registerChanges(districtCode: $districtCode) {
    id
    recordKey
    action
    status
    summary
    submittedBy
    submittedAt
    reviewedBy
    reviewedAt
    returnReason
    changes(first: 5) {
      schoolId
      fields {
        field
        before
        after
      }
    }
  }
}
    fragment RegisterSchoolFields on School {
  id
  name
  shortName
  stages
  ownership
  districtCode
  address
  location {
    lng
    lat
  }
  enquiryPhone
  supervisionPhone
  petitionAddress
  website
  status
  openedOn
  closedOn
  closureReason
  sampleData
  version
  updatedAt
  updatedBy
}`) as unknown as TypedDocumentString<RegisterSchoolHistoryQuery, RegisterSchoolHistoryQueryVariables>;
export const CreateSchoolDocument = new TypedDocumentString(`
    mutation CreateSchool($input: SchoolInput!) {
  createSchool(input: $input) {
    ...RegisterWriteFields
  }
}
    fragment RegisterWriteFields on SchoolWriteResult {
  change {
    id
    status
    summary
  }
  warnings
}`) as unknown as TypedDocumentString<CreateSchoolMutation, CreateSchoolMutationVariables>;
export const UpdateSchoolDocument = new TypedDocumentString(`
    mutation UpdateSchool($id: ID!, $patch: SchoolPatch!) {
  updateSchool(id: $id, patch: $patch) {
    ...RegisterWriteFields
  }
}
    fragment RegisterWriteFields on SchoolWriteResult {
  change {
    id
    status
    summary
  }
  warnings
}`) as unknown as TypedDocumentString<UpdateSchoolMutation, UpdateSchoolMutationVariables>;
export const CloseSchoolDocument = new TypedDocumentString(`
    mutation CloseSchool($id: ID!, $closedOn: String!, $reason: String!) {
  closeSchool(id: $id, closedOn: $closedOn, reason: $reason) {
    ...RegisterWriteFields
  }
}
    fragment RegisterWriteFields on SchoolWriteResult {
  change {
    id
    status
    summary
  }
  warnings
}`) as unknown as TypedDocumentString<CloseSchoolMutation, CloseSchoolMutationVariables>;
export const ReopenSchoolDocument = new TypedDocumentString(`
    mutation ReopenSchool($id: ID!, $status: SchoolStatus!) {
  reopenSchool(id: $id, status: $status) {
    ...RegisterWriteFields
  }
}
    fragment RegisterWriteFields on SchoolWriteResult {
  change {
    id
    status
    summary
  }
  warnings
}`) as unknown as TypedDocumentString<ReopenSchoolMutation, ReopenSchoolMutationVariables>;
export const NamedListsInForceDocument = new TypedDocumentString(`
    query NamedListsInForce($districtCode: String!, $year: Int!, $kind: NamedListKind!) {
  namedLists(districtCode: $districtCode, year: $year, kind: $kind) {
    id
    title
    entryCount
    version
    stage
    publishedAt
    school {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<NamedListsInForceQuery, NamedListsInForceQueryVariables>;
export const EnrolmentRulesChangesDocument = new TypedDocumentString(`
    query EnrolmentRulesChanges($districtCode: String!) {
  bureauChanges(districtCode: $districtCode, status: SUBMITTED) {
    id
    enrolmentRules {
      ...ProposedRulesFields
      replacesVersion
    }
  }
}
    fragment ProposedRulesFields on ProposedEnrolmentRules {
  year
  stage
  title
  documentNumber
  issuedOn
  body
  interpretation
  sourceUrl
  interpretationUrl
  eligibility
  papers
  migrantEligibility
  migrantPapers
  timetable {
    phase
    startsOn
    endsOn
  }
  admissionMethod
  consultationPhone
  supervisionPhone
  petitionAddress
  correctionReason
}`) as unknown as TypedDocumentString<EnrolmentRulesChangesQuery, EnrolmentRulesChangesQueryVariables>;
export const EnrolmentRulesInForceDocument = new TypedDocumentString(`
    query EnrolmentRulesInForce($districtCode: String!, $year: Int!, $stage: Stage!) {
  enrolmentRules(districtCode: $districtCode, year: $year, stage: $stage) {
    ...RulesFields
  }
}
    fragment RulesFields on EnrolmentRules {
  id
  year
  stage
  title
  documentNumber
  issuedOn
  body
  interpretation
  sourceUrl
  interpretationUrl
  eligibility
  papers
  migrantEligibility
  migrantPapers
  timetable {
    phase
    startsOn
    endsOn
  }
  admissionMethod
  consultationPhone
  supervisionPhone
  petitionAddress
  status
  version
  correctionReason
  publishedAt
}`) as unknown as TypedDocumentString<EnrolmentRulesInForceQuery, EnrolmentRulesInForceQueryVariables>;
export const BureauChangeItemsDocument = new TypedDocumentString(`
    query BureauChangeItems($id: ID!, $unmasked: Boolean!) {
  bureauChange(id: $id) {
    id
    items {
      kind
      recordKey
      content
      correctionReason
      replaces
      replacesVersion
      replacedContent
      entries(unmasked: $unmasked) {
        name
        idNumber
        category
        masked
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BureauChangeItemsQuery, BureauChangeItemsQueryVariables>;
export const SchoolNamesByIdsDocument = new TypedDocumentString(`
    query SchoolNamesByIds($ids: [ID!]!) {
  schools(filter: {ids: $ids}, first: 500) {
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<SchoolNamesByIdsQuery, SchoolNamesByIdsQueryVariables>;
export const ZoneSetsOfYearDocument = new TypedDocumentString(`
    query ZoneSetsOfYear($districtCode: String!, $year: Int, $stage: Stage) {
  zoneSets(districtCode: $districtCode, year: $year, stage: $stage) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ZoneSetsOfYearQuery, ZoneSetsOfYearQueryVariables>;
export const ZoneSetFieldChangesDocument = new TypedDocumentString(`
    query ZoneSetFieldChanges($fromSetId: ID!, $toSetId: ID!) {
  zoneSetChanges(fromSetId: $fromSetId, toSetId: $toSetId) {
    unchanged
    edited {
      after {
        name
      }
      changes {
        field
        label
        before
        after
        added
        removed
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ZoneSetFieldChangesQuery, ZoneSetFieldChangesQueryVariables>;
export const DistrictRulesDocument = new TypedDocumentString(`
    query DistrictRules($districtCode: String!, $year: Int!, $stage: Stage!) {
  enrolmentRules(
    districtCode: $districtCode
    year: $year
    stage: $stage
    includeSuperseded: true
  ) {
    ...RulesFields
  }
  bureauChanges(districtCode: $districtCode, status: SUBMITTED) {
    id
    kind
    recordKey
    summary
    submittedBy
    submittedAt
    enrolmentRules {
      ...ProposedRulesFields
    }
  }
}
    fragment RulesFields on EnrolmentRules {
  id
  year
  stage
  title
  documentNumber
  issuedOn
  body
  interpretation
  sourceUrl
  interpretationUrl
  eligibility
  papers
  migrantEligibility
  migrantPapers
  timetable {
    phase
    startsOn
    endsOn
  }
  admissionMethod
  consultationPhone
  supervisionPhone
  petitionAddress
  status
  version
  correctionReason
  publishedAt
}
fragment ProposedRulesFields on ProposedEnrolmentRules {
  year
  stage
  title
  documentNumber
  issuedOn
  body
  interpretation
  sourceUrl
  interpretationUrl
  eligibility
  papers
  migrantEligibility
  migrantPapers
  timetable {
    phase
    startsOn
    endsOn
  }
  admissionMethod
  consultationPhone
  supervisionPhone
  petitionAddress
  correctionReason
}`) as unknown as TypedDocumentString<DistrictRulesQuery, DistrictRulesQueryVariables>;
export const SaveEnrolmentRulesDocument = new TypedDocumentString(`
    mutation SaveEnrolmentRules($input: EnrolmentRulesInput!) {
  saveEnrolmentRules(input: $input) {
    id
    status
    summary
  }
}
    `) as unknown as TypedDocumentString<SaveEnrolmentRulesMutation, SaveEnrolmentRulesMutationVariables>;
export const SchoolNamedListChangesDocument = new TypedDocumentString(`
    query SchoolNamedListChanges($schoolId: ID!) {
  schoolNamedListChanges(schoolId: $schoolId) {
    id
    status
    summary
    submittedBy
    submittedAt
    reviewedAt
    returnReason
    items {
      content
      entries {
        name
        idNumber
        category
        masked
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SchoolNamedListChangesQuery, SchoolNamedListChangesQueryVariables>;
export const SchoolRulesFormDocument = new TypedDocumentString(`
    query SchoolRulesForm($schoolId: ID!, $year: Int!, $stage: Stage!) {
  schoolRulesVersions(schoolId: $schoolId, year: $year, stage: $stage) {
    ...SchoolRulesPublished
  }
  submissions(first: 200) {
    ...SchoolRulesSubmitted
  }
}
    fragment SchoolRulesPublished on SchoolRules {
  id
  year
  stage
  rules
  papers
  notes
  consultationPhone
  status
  version
  correctionReason
  publishedAt
}
fragment SchoolRulesSubmitted on Submission {
  id
  schoolRules {
    stage
    rules
    papers
    notes
    consultationPhone
  }
}`) as unknown as TypedDocumentString<SchoolRulesFormQuery, SchoolRulesFormQueryVariables>;
export const SaveSchoolRulesDocument = new TypedDocumentString(`
    mutation SaveSchoolRules($input: SchoolRulesInput!, $submit: Boolean) {
  saveSchoolRules(input: $input, submit: $submit) {
    ...SubmissionFields
    ...SchoolRulesSubmitted
  }
}
    fragment SubmissionFields on Submission {
  id
  kind
  year
  status
  districtCode
  school {
    id
    name
  }
  admissionResult {
    stage
    round
    plannedSeats
    applicants
    admitted
    cutoffScore
    explanation {
      reasonCode
      text
    }
    preferential {
      category
      count
      policyDocumentNumber
    }
  }
  transfer {
    term
    transfersIn {
      reason
      count
    }
    transfersOut {
      reason
      count
    }
  }
  enrolmentPlan {
    stage
    plannedSeats
    plannedClasses
  }
  schoolRules {
    stage
  }
  correctionReason
  createdBy
  createdAt
  submittedBy
  submittedAt
  reviewedBy
  reviewedAt
  returnReason
  publishedRecordId
}
fragment SchoolRulesSubmitted on Submission {
  id
  schoolRules {
    stage
    rules
    papers
    notes
    consultationPhone
  }
}`) as unknown as TypedDocumentString<SaveSchoolRulesMutation, SaveSchoolRulesMutationVariables>;
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