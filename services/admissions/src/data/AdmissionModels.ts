import { Schema, type Connection, type Model } from 'mongoose';
import type { ResultFields, RulesFields } from '../admissions/Admission';
import { PublishedStore, type PublishedDoc } from './PublishedStore';

// Field shapes are checked on import (parseRows); the schema only indexes and keeps unknown keys out.
const versioning = {
  _id: String,
  key: { type: String, index: true },
  version: Number,
  status: { type: String, index: true },
  publishedAt: Date,
  publishedBy: String,
  correctionReason: { type: String, default: null },
  supersedes: { type: String, default: null },
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
  },
  { collection: 'admission_results', versionKey: false },
);

export interface AdmissionStores {
  rules: PublishedStore<RulesFields>;
  results: PublishedStore<ResultFields>;
}

export function createAdmissionStores(connection: Connection): AdmissionStores {
  return {
    rules: new PublishedStore(connection.model('EnrolmentRules', rulesSchema) as unknown as Model<PublishedDoc<RulesFields>>),
    results: new PublishedStore(connection.model('AdmissionResult', resultSchema) as unknown as Model<PublishedDoc<ResultFields>>),
  };
}
