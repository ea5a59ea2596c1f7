/**
 * 信息公开年度报告（招生入学部分）: what a district published in a year, made from its publication log
 * and the content each service serves for every logged version. Everything here is public: the log,
 * its heads and the published versions are read anonymously through the gateway.
 */
export interface AnnualReport {
  districtCode: string;
  year: number;
  /** Beijing time, [from, to): the year the report counts. */
  period: { from: string; to: string };
  /** The year is not over on the day the report was made: figures run to `asOf`. */
  partial: boolean;
  /** Where the figures come from, so a reader can check them (`npm run verify`, the inclusion proofs). */
  log: ReportLog;
  /** Per kind: versions published, of them first versions and corrections; other log events. */
  kinds: KindFigures[];
  /** Every version published in the year, in log order. */
  publications: ReportPublication[];
  /** Every correction published in the year (the version it replaced logged CORRECTED), with its published reason (null: none served). */
  corrections: ReportCorrection[];
  /** Enrolment rules and policy documents: was the interpretation (解读) published with them. */
  interpretations: { published: number; withInterpretation: number; without: ReportPublication[] };
  consultations: ReportConsultation[];
  timeliness: ReportTimeliness;
  /** What the report could not include, and why (in Chinese). */
  notIncluded: string[];
}

export interface ReportLog {
  /** The signed head the report was made under (current when made). */
  head: { treeSize: number; rootHash: string; timestamp: string; signature: string };
  /** Entries whose time falls in the year, and the log's size and root at the year's end (or at `head` while the year runs). */
  entriesInYear: number;
  yearEnd: { treeSize: number; rootHash: string };
  /** Consistency proof from the year-end tree to `head` (RFC 9162 §2.1.4), empty when they are the same size. */
  consistencyPath: string[];
  /** Entries in the year per kind and event. */
  eventsByKind: Record<string, Record<string, number>>;
}

export interface KindFigures {
  kind: string;
  label: string;
  published: number;
  firstVersions: number;
  corrections: number;
  /** New versions that are no correction: a consultation closed with its feedback, an expiry set, a version replaced without a reason. */
  otherNewVersions: number;
  /** Corrections whose reason is published with them. */
  correctionsWithReason: number;
  expired: number;
  withdrawn: number;
}

export interface ReportPublication {
  index: number;
  kind: string;
  recordId: string;
  version: number;
  title: string;
  /** Beijing date (YYYY-MM-DD) and the ISO time logged. */
  on: string;
  at: string;
  contentHash: string;
}

export interface ReportCorrection extends ReportPublication {
  reason: string | null;
}

export interface ReportConsultation {
  consultationId: string;
  title: string;
  subjectKind: string;
  opensOn: string;
  closesOn: string;
  windowDays: number;
  shortWindowReason: string | null;
  /** OPEN while comments are taken (or no feedback yet), CLOSED once the feedback is published. */
  phase: string;
  commentsReceived: number | null;
  groups: { summary: string; decision: string; decisionLabel: string; reason: string; comments: number }[];
  adoption: { ADOPTED: number; PARTLY_ADOPTED: number; NOT_ADOPTED: number };
  finalRecordId: string | null;
  closedOn: string | null;
}

export interface ReportTimeliness {
  workingDays: number;
  /** Versions whose content records the decision date (产生/变动/失效日期), and of them those published after the deadline. */
  withDecisionDate: number;
  onTime: number;
  late: ReportLate[];
  /** Versions published in the year without a recorded decision date, per kind (their timeliness cannot be told). */
  withoutDecisionDate: Record<string, number>;
}

export interface ReportLate extends ReportPublication {
  decidedOn: string;
  dueOn: string;
  calendarCovered: boolean;
}

export const KIND_LABELS: Record<string, string> = {
  ENROLMENT_RULES: '招生入学工作方案（招生规则）',
  POLICY_DOCUMENT: '政策文件',
  ENROLMENT_PLAN: '招生计划',
  ADMISSION_RESULT: '录取结果',
  TRANSFER: '转学情况',
  NAMED_LIST: '名单公示',
  SCHOOL_RULES: '学校招生办法',
  ZONE_SET: '划片方案（学区）',
  SCHOOL: '学校名录变更',
  CONSULTATION: '征求意见',
  DISTRICT_BOUNDARY: '行政区界',
  GAZETTEER: '地址库',
  DISTRICT_SETTINGS: '本区发布设置',
};

/** In the report's order: the year's policy first, then the figures, then the register and settings. */
export const KIND_ORDER = ['ENROLMENT_RULES', 'POLICY_DOCUMENT', 'CONSULTATION', 'ZONE_SET', 'ENROLMENT_PLAN', 'ADMISSION_RESULT', 'TRANSFER', 'NAMED_LIST', 'SCHOOL_RULES', 'SCHOOL', 'GAZETTEER', 'DISTRICT_BOUNDARY', 'DISTRICT_SETTINGS'];

export const DECISION_LABELS: Record<string, string> = { ADOPTED: '采纳', PARTLY_ADOPTED: '部分采纳', NOT_ADOPTED: '未采纳' };
