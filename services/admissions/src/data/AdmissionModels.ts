import { Schema, type Connection, type Model } from 'mongoose';
import type { PlanFields, ResultFields, RulesFields, SchoolRulesFields, TransferFields } from '../admissions/Admission';
import type { NamedListFields } from '../namedLists/NamedList';
import { AuditLog } from './AuditLog';
import { PolicyDocumentStore } from './PolicyDocumentStore';
import { PublishedStore, versioningFields, type PublishedDoc } from './PublishedStore';
import { ResultFiguresStore } from './ResultFiguresStore';
import { ResultStore } from './ResultStore';
import { SubmissionStore } from './SubmissionStore';

// Field shapes are checked on import (parseRows); the schema only indexes and keeps unknown keys out.
const versioning = {
  ...versioningFields,
  districtCode: { type: String, index: true },
  year: Number,
  stage: String,
  sampleData: Boolean,
};

const rulesSchema = new Schema<PublishedDoc<RulesFields>>(
  {
    ...versioning,
    title: String,
    documentNumber: String,
    issuedOn: String,
    body: String,
    interpretation: String,
    sourceUrl: { type: String, default: null },
    interpretationUrl: { type: String, default: null },
    eligibility: [String],
    papers: [String],
    migrantEligibility: [String],
    migrantPapers: [String],
    timetable: [new Schema({ phase: String, startsOn: String, endsOn: String }, { _id: false })],
    admissionMethod: String,
    consultationPhone: String,
    supervisionPhone: String,
    petitionAddress: String,
  },
  { collection: 'enrolment_rules', versionKey: false },
);

const resultSchema = new Schema<PublishedDoc<ResultFields>>(
  {
    ...versioning,
    schoolId: { type: String, index: true },
    round: Number,
    plannedSeats: Number,
    applicants: Number,
    admitted: Number,
    cutoffScore: Number,
    explanation: { type: new Schema({ reasonCode: String, text: String }, { _id: false }), default: null },
    preferential: [new Schema({ category: String, count: Number, policyDocumentNumber: String }, { _id: false })],
  },
  { collection: 'admission_results', versionKey: false },
);
resultSchema.index({ districtCode: 1, year: 1, stage: 1, status: 1 });

const byReason = [new Schema({ reason: String, count: Number }, { _id: false })];
const transferSchema = new Schema<PublishedDoc<TransferFields>>(
  { ...versioning, schoolId: { type: String, index: true }, term: String, transfersIn: byReason, transfersOut: byReason },
  { collection: 'transfers', versionKey: false },
);

const schoolRulesSchema = new Schema<PublishedDoc<SchoolRulesFields>>(
  { ...versioning, schoolId: { type: String, index: true }, rules: [String], papers: [String], notes: String, consultationPhone: String },
  { collection: 'school_rules', versionKey: false },
);

const planSchema = new Schema<PublishedDoc<PlanFields>>(
  { ...versioning, schoolId: { type: String, index: true }, plannedSeats: Number, plannedClasses: { type: Number, default: null } },
  { collection: 'enrolment_plans', versionKey: false },
);

// Entries hold only name, ID number and category; nothing else about a person is stored.
const namedListSchema = new Schema<PublishedDoc<NamedListFields>>(
  {
    ...versioning,
    schoolId: { type: String, default: null, index: true },
    kind: String,
    title: String,
    entries: [new Schema({ name: String, idNumber: String, category: String }, { _id: false })],
    entriesSalt: { type: String, default: null },
  },
  { collection: 'named_lists', versionKey: false },
);

export interface AdmissionStores {
  rules: PublishedStore<RulesFields>;
  results: ResultStore;
  resultFigures: ResultFiguresStore;
  transfers: PublishedStore<TransferFields>;
  schoolRules: PublishedStore<SchoolRulesFields>;
  plans: PublishedStore<PlanFields>;
  namedLists: PublishedStore<NamedListFields>;
  submissions: SubmissionStore;
  policies: PolicyDocumentStore;
  audit: AuditLog;
}

const published = <F extends object>(connection: Connection, name: string, schema: Schema) =>
  new PublishedStore(connection.model(name, schema) as unknown as Model<PublishedDoc<F>>);

export function createAdmissionStores(connection: Connection): AdmissionStores {
  const resultFigures = new ResultFiguresStore(connection);
  return {
    rules: published<RulesFields>(connection, 'EnrolmentRules', rulesSchema),
    results: new ResultStore(connection.model('AdmissionResult', resultSchema) as unknown as Model<PublishedDoc<ResultFields>>, resultFigures),
    resultFigures,
    transfers: published<TransferFields>(connection, 'TransferReport', transferSchema),
    schoolRules: published<SchoolRulesFields>(connection, 'SchoolRules', schoolRulesSchema),
    plans: published<PlanFields>(connection, 'EnrolmentPlan', planSchema),
    namedLists: published<NamedListFields>(connection, 'NamedList', namedListSchema),
    submissions: new SubmissionStore(connection),
    policies: new PolicyDocumentStore(connection),
    audit: new AuditLog(connection),
  };
}

export async function ensureAllIndexes(stores: AdmissionStores): Promise<void> {
  await Promise.all(Object.values(stores).map((s) => s.ensureIndexes()));
}
