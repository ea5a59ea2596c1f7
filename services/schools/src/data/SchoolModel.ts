import { Schema, type Connection, type Model } from 'mongoose';
import { OWNERSHIPS, SCHOOL_STATUSES, STAGES, type School } from '../register/School';

export interface SchoolDocument extends Omit<School, 'id'> {
  _id: string;
}

const schoolSchema = new Schema<SchoolDocument>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    shortName: { type: String, default: null },
    stages: { type: [String], enum: STAGES, required: true },
    ownership: { type: String, enum: OWNERSHIPS, required: true },
    districtCode: { type: String, required: true, index: true },
    address: { type: String, required: true },
    location: { type: new Schema({ lng: Number, lat: Number }, { _id: false }), default: null },
    enquiryPhone: { type: String, default: null },
    supervisionPhone: { type: String, default: null },
    petitionAddress: { type: String, default: null },
    website: { type: String, default: null },
    status: { type: String, enum: SCHOOL_STATUSES, required: true },
    openedOn: { type: String, default: null },
    closedOn: { type: String, default: null },
    closureReason: { type: String, default: null },
    sampleData: { type: Boolean, default: false },
    version: { type: Number, required: true },
    updatedAt: { type: Date, required: true },
    updatedBy: { type: String, required: true },
  },
  { collection: 'schools', versionKey: false },
);

/**
 * Every earlier version of a school, written before the school changes: history is never lost.
 * `_id` is `<schoolId>:<version>`, so two writers racing to replace the same version collide here
 * (duplicate key) instead of both succeeding.
 */
export interface SchoolHistoryDocument extends Omit<SchoolDocument, '_id'> {
  _id: string;
  schoolId: string;
  supersededAt: Date;
  supersededBy: string;
  changedFields: string[];
}

const historySchema = new Schema<SchoolHistoryDocument>(
  {
    _id: { type: String, required: true },
    schoolId: { type: String, required: true, index: true },
    supersededAt: { type: Date, required: true },
    supersededBy: { type: String, required: true },
    changedFields: { type: [String], required: true },
  },
  { collection: 'school_history', versionKey: false, strict: false },
);

/** One document, `revision`, counting writes to the register (see SchoolRepository.readRevision). */
const registerStateSchema = new Schema<{ _id: string; value: number }>(
  { _id: { type: String, required: true }, value: { type: Number, required: true } },
  { collection: 'school_register_state', versionKey: false },
);

export interface SchoolModels {
  School: Model<SchoolDocument>;
  SchoolHistory: Model<SchoolHistoryDocument>;
  RegisterState: Model<{ _id: string; value: number }>;
}

export function createSchoolModels(connection: Connection): SchoolModels {
  return {
    School: connection.model<SchoolDocument>('School', schoolSchema),
    SchoolHistory: connection.model<SchoolHistoryDocument>('SchoolHistory', historySchema),
    RegisterState: connection.model('SchoolRegisterState', registerStateSchema),
  };
}
