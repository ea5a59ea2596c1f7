import { Schema, type Connection, type Model } from 'mongoose';
import type { BureauContact } from '../zones/Zone';
import { versionSchemaFields, type VersionFields } from './versionedDocs';

/**
 * Raw document shapes. Only this folder knows them; the repository returns domain objects.
 * Geometry is stored as GeoJSON text (`…Json`): FerretDB 1.x refuses nested arrays, and GeoJSON
 * coordinates are nothing but nested arrays. Nothing queries inside geometry (lookups run in memory).
 */
export interface DistrictDoc {
  _id: string;
  name: string;
  boundaryJson: string;
  uploadedCrs: string;
  sampleData: boolean;
  /** The bureau's contacts (a flat sub-document; no arrays). */
  contact: BureauContact | null;
  updatedAt: Date;
  updatedBy: string;
}
export interface ZoneSetDoc {
  _id: string;
  districtCode: string;
  year: number;
  stage: string;
  version: number;
  sourceDocument: string | null;
  createdAt: Date;
  createdBy: string;
  publishedAt: Date | null;
  sampleData: boolean;
}
export interface ZoneDoc {
  _id: string;
  setId: string;
  districtCode: string;
  year: number;
  stage: string;
  version: number;
  name: string;
  boundaryText: string | null;
  /** Null for a zone defined by address rules alone. */
  geometryJson: string | null;
  /** The zone's ordered address rules as JSON text (rules nest arrays in arrays); absent or null when it has none. */
  rulesJson?: string | null;
  uploadedCrs: string;
  schoolIds: string[];
  allocationMethod: string;
  feederSchoolIds: string[];
  sampleData: boolean;
  /** Copied from the set; absent on zones stored before it was added. */
  sourceDocument?: string | null;
}
/** A district boundary and contacts as submitted for review; published by copying into a DistrictVersionDoc. */
export interface DistrictDraftDoc extends Omit<DistrictDoc, 'updatedAt' | 'updatedBy'> {
  code: string;
  createdAt: Date;
  createdBy: string;
}
/** One published version of a district's boundary and public contacts (key: the district code). */
export interface DistrictVersionDoc extends VersionFields, Omit<DistrictDoc, '_id' | 'updatedAt' | 'updatedBy'> {
  code: string;
}
/** One publication of a zone set (key `district:year:stage`); the highest version per key is in force. */
export interface ZoneSetVersionDoc extends VersionFields {
  districtCode: string;
  year: number;
  stage: string;
  setId: string;
  /** The date the zoning was decided (YYYY-MM-DD, Beijing), from the review item; absent on versions published before it was recorded. */
  decidedOn?: string;
}
/**
 * One publication of a drafted zone set as the draft for public comment of a consultation (key
 * `district:year:stage`, like the set's): version n + 1 replaces version n. It is live while its
 * window runs and neither it nor a later version of its set is published (`consultationIsOpen`).
 */
export interface ZoneSetConsultationVersionDoc extends VersionFields {
  districtCode: string;
  year: number;
  stage: string;
  setId: string;
  /** The consultation (admissions' Consultation.id, `<district>/<12 hex>`) taking comments on it. */
  consultationId: string;
  /** Last day of the comment window (YYYY-MM-DD, Beijing). */
  closesOn: string;
}
/** Before versioned publications: one per district, year and stage (read once, to migrate). */
export interface PublicationDoc {
  _id: string;
  setId: string;
  version: number;
  publishedAt: Date;
  publishedBy: string;
}
/** Counters: zone-set version numbers per key, and the published-index version ('published'). */
export interface CounterDoc {
  _id: string;
  seq: number;
}

const opts = { versionKey: false } as const;
const districtFields = {
  name: String,
  boundaryJson: String,
  uploadedCrs: String,
  sampleData: Boolean,
  contact: { type: Schema.Types.Mixed, default: null },
} as const;

export interface CatchmentModels {
  District: Model<DistrictDoc>;
  DistrictHistory: Model<Omit<DistrictDoc, '_id'> & { code: string }>;
  ZoneSet: Model<ZoneSetDoc>;
  Zone: Model<ZoneDoc>;
  Publication: Model<PublicationDoc>;
  Counter: Model<CounterDoc>;
  DistrictDraft: Model<DistrictDraftDoc>;
  DistrictVersion: Model<DistrictVersionDoc>;
  ZoneSetVersion: Model<ZoneSetVersionDoc>;
  ZoneSetConsultationVersion: Model<ZoneSetConsultationVersionDoc>;
}

export function createCatchmentModels(connection: Connection): CatchmentModels {
  return {
    District: connection.model<DistrictDoc>(
      'District',
      new Schema<DistrictDoc>(
        {
          _id: String,
          name: String,
          boundaryJson: String,
          uploadedCrs: String,
          sampleData: Boolean,
          contact: { type: Schema.Types.Mixed, default: null },
          updatedAt: Date,
          updatedBy: String,
        },
        { ...opts, collection: 'districts' },
      ),
    ),
    DistrictHistory: connection.model<Omit<DistrictDoc, '_id'> & { code: string }>(
      'DistrictHistory',
      new Schema<Omit<DistrictDoc, '_id'> & { code: string }>(
        { code: { type: String, index: true } },
        { ...opts, collection: 'district_history', strict: false },
      ),
    ),
    ZoneSet: connection.model<ZoneSetDoc>(
      'ZoneSet',
      new Schema<ZoneSetDoc>(
        {
          _id: String,
          districtCode: { type: String, index: true },
          year: Number,
          stage: String,
          version: Number,
          sourceDocument: { type: String, default: null },
          createdAt: Date,
          createdBy: String,
          publishedAt: { type: Date, default: null },
          sampleData: Boolean,
        },
        { ...opts, collection: 'zone_sets' },
      ),
    ),
    Zone: connection.model<ZoneDoc>(
      'Zone',
      new Schema<ZoneDoc>(
        {
          _id: String,
          setId: { type: String, index: true },
          districtCode: String,
          year: Number,
          stage: String,
          version: Number,
          name: String,
          boundaryText: { type: String, default: null },
          geometryJson: { type: String, default: null },
          rulesJson: { type: String, default: null },
          uploadedCrs: String,
          schoolIds: [String],
          allocationMethod: String,
          feederSchoolIds: [String],
          sampleData: Boolean,
          sourceDocument: { type: String, default: null },
        },
        { ...opts, collection: 'zones' },
      ),
    ),
    Publication: connection.model<PublicationDoc>(
      'Publication',
      new Schema<PublicationDoc>(
        { _id: String, setId: String, version: Number, publishedAt: Date, publishedBy: String },
        { ...opts, collection: 'publications' },
      ),
    ),
    Counter: connection.model<CounterDoc>('Counter', new Schema<CounterDoc>({ _id: String, seq: Number }, { ...opts, collection: 'counters' })),
    DistrictDraft: connection.model<DistrictDraftDoc>(
      'DistrictDraft',
      new Schema<DistrictDraftDoc>(
        { _id: String, code: String, ...districtFields, createdAt: Date, createdBy: String },
        { ...opts, collection: 'district_drafts' },
      ),
    ),
    DistrictVersion: connection.model<DistrictVersionDoc>(
      'DistrictVersion',
      new Schema<DistrictVersionDoc>({ ...versionSchemaFields, code: String, ...districtFields }, { ...opts, collection: 'district_versions' }),
    ),
    ZoneSetVersion: connection.model<ZoneSetVersionDoc>(
      'ZoneSetVersion',
      new Schema<ZoneSetVersionDoc>(
        { ...versionSchemaFields, districtCode: String, year: Number, stage: String, setId: { type: String, index: true }, decidedOn: String },
        { ...opts, collection: 'zone_set_versions' },
      ),
    ),
    ZoneSetConsultationVersion: connection.model<ZoneSetConsultationVersionDoc>(
      'ZoneSetConsultationVersion',
      new Schema<ZoneSetConsultationVersionDoc>(
        { ...versionSchemaFields, districtCode: String, year: Number, stage: String, setId: { type: String, index: true }, consultationId: String, closesOn: String },
        { ...opts, collection: 'zone_set_consultation_versions' },
      ),
    ),
  };
}
