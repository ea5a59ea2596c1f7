import { Schema, type Connection, type Model } from 'mongoose';
import type { ConsultationFields } from '../consultation/Consultation';
import { PublishedStore, versioningFields, type PublishedDoc } from './PublishedStore';

// Shapes are checked on input (parseConsultation, completeFeedback); the schema indexes and keeps unknown keys out.
const feedbackGroup = new Schema({ receipts: [String], summary: String, decision: String, reason: String }, { _id: false });
const schema = new Schema<PublishedDoc<ConsultationFields>>(
  {
    ...versioningFields,
    consultationId: String,
    districtCode: { type: String, index: true },
    subjectKind: String,
    subjectId: { type: String, default: null },
    title: String,
    draftText: { type: String, default: null },
    basis: String,
    howToComment: String,
    opensOn: String,
    closesOn: String,
    shortWindowReason: { type: String, default: null },
    phase: String,
    feedback: {
      type: new Schema(
        { groups: [feedbackGroup], commentsReceived: Number, finalRecordId: String, summary: { type: String, default: null }, closedOn: String },
        { _id: false },
      ),
      default: null,
    },
  },
  { collection: 'consultations', versionKey: false },
);

/** Published consultations (kind CONSULTATION), versioned like every published record: v1 opens, v2 closes with the feedback. */
export function createConsultationStore(connection: Connection): PublishedStore<ConsultationFields> {
  return new PublishedStore(connection.model('Consultation', schema) as unknown as Model<PublishedDoc<ConsultationFields>>);
}
