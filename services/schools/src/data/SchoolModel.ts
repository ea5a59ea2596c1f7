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
    sampleData: { type: Boolean, default: false },
    version: { type: Number, required: true },
    updatedAt: { type: Date, required: true },
    updatedBy: { type: String, required: true },
  },
  { collection: 'schools', versionKey: false },
);

/** Every earlier version of a school, written before the school changes: history is never lost. */
export interface SchoolHistoryDocument extends SchoolDocument {
  schoolId: string;
}

const historySchema = new Schema<Omit<SchoolHistoryDocument, '_id'>>(
  {
    schoolId: { type: String, required: true, index: true },
  },
  { collection: 'school_history', versionKey: false, strict: false },
);

export interface SchoolModels {
  School: Model<SchoolDocument>;
  SchoolHistory: Model<Omit<SchoolHistoryDocument, '_id'>>;
}

export function createSchoolModels(connection: Connection): SchoolModels {
  return {
    School: connection.model<SchoolDocument>('School', schoolSchema),
    SchoolHistory: connection.model('SchoolHistory', historySchema),
  };
}
