import { Schema, type Connection, type Model } from 'mongoose';
import { REGISTER_ACTIONS } from '../register/RegisterChange';
import { OWNERSHIPS, SCHOOL_STATUSES, STAGES, type School } from '../register/School';
import { RECORD_STATUSES, type SchoolRecord } from '../register/SchoolRecord';

/**
 * One published version of a school (collection `school_versions`), `_id` = `SCHOOL:<id>@v<n>`
 * (versionId): two publications racing for the same version collide on the key, so exactly one
 * lands. The entry in force is a school's highest version.
 */
export interface SchoolVersionDocument extends Omit<SchoolRecord, 'id' | 'recordId'> {
  _id: string;
  schoolId: string;
  supersededAt?: Date | null;
  supersededBy?: string | null;
}

const versionSchema = new Schema<SchoolVersionDocument>(
  {
    _id: { type: String, required: true },
    schoolId: { type: String, required: true, index: true },
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
    recordStatus: { type: String, enum: RECORD_STATUSES, required: true },
    changedFields: { type: [String], required: true },
    reviewId: { type: String, default: null, index: true },
    approvedBy: { type: String, default: null },
    action: { type: String, enum: [...REGISTER_ACTIONS, null], default: null },
    // No default: versions stored before it was recorded keep their content and hash.
    decidedOn: { type: String },
    supersededAt: { type: Date, default: null },
    supersededBy: { type: String, default: null },
  },
  { collection: 'school_versions', versionKey: false },
);

/** The register before versioned publication: one document per school plus copies of earlier versions. Read once, to migrate. */
export interface LegacySchoolDocument extends Omit<School, 'id'> {
  _id: string;
  schoolId?: string;
  changedFields?: string[];
}

const legacySchema = new Schema<LegacySchoolDocument>({ _id: String }, { strict: false, versionKey: false });

/** One document, `revision`, counting writes to the register (see SchoolRepository.readRevision). */
const registerStateSchema = new Schema<{ _id: string; value: number }>(
  { _id: { type: String, required: true }, value: { type: Number, required: true } },
  { collection: 'school_register_state', versionKey: false },
);

export interface SchoolModels {
  SchoolVersion: Model<SchoolVersionDocument>;
  LegacySchool: Model<LegacySchoolDocument>;
  LegacyHistory: Model<LegacySchoolDocument>;
  RegisterState: Model<{ _id: string; value: number }>;
}

export function createSchoolModels(connection: Connection): SchoolModels {
  const model = <T>(name: string, schema: Schema<T>, collection?: string): Model<T> =>
    (connection.models[name] as Model<T> | undefined) ?? connection.model<T>(name, schema, collection);
  return {
    SchoolVersion: model('SchoolVersion', versionSchema),
    LegacySchool: model('LegacySchool', legacySchema, 'schools'),
    LegacyHistory: model('LegacySchoolHistory', legacySchema.clone(), 'school_history'),
    RegisterState: model('SchoolRegisterState', registerStateSchema),
  };
}
