import { Schema, type Connection, type Model } from 'mongoose';
import { versionSchemaFields, type VersionFields } from './versionedDocs';

/**
 * Raw gazetteer documents. Flat on purpose: FerretDB 1.x refuses nested arrays, so a point is two
 * numbers and an assignment is one field per stage.
 */
export interface GazetteerSetDoc {
  _id: string;
  districtCode: string;
  year: number;
  version: number;
  entryCount: number;
  crs: string;
  createdAt: Date;
  createdBy: string;
  sampleData: boolean;
  /** First day (YYYY-MM-DD, Beijing) the gazetteer is valid from; absent on sets stored before gazetteers were per district. */
  validFrom?: string | null;
}
export interface GazetteerEntryDoc {
  _id: string;
  setId: string;
  row: number;
  kind: string;
  name: string;
  aliases: string[];
  fromNumber: number | null;
  toNumber: number | null;
  parity: string | null;
  lng: number | null;
  lat: number | null;
  primaryZone: string | null;
  juniorZone: string | null;
}
/**
 * One published version of a district's gazetteer (key: the district code), valid from `validFrom`
 * until a later version's `validFrom`. Versions stored when gazetteers were kept per school year have
 * key `district:year`; the start-up migration makes the district's newest of them version 1 of the
 * district's key. Documents from before versioned publication (`_id` = key) get their version fields
 * at start-up.
 */
export interface GazetteerCurrentDoc extends VersionFields {
  districtCode: string;
  /** The school year whose published zones its zone names were checked against at import. */
  year: number;
  setId: string;
  switchedAt: Date;
  /** YYYY-MM-DD (Beijing); absent on per-year versions from before. */
  validFrom?: string | null;
}

export interface GazetteerModels {
  GazetteerSet: Model<GazetteerSetDoc>;
  GazetteerEntry: Model<GazetteerEntryDoc>;
  GazetteerCurrent: Model<GazetteerCurrentDoc>;
}

const opts = { versionKey: false } as const;

export function createGazetteerModels(connection: Connection): GazetteerModels {
  return {
    GazetteerSet: connection.model<GazetteerSetDoc>(
      'GazetteerSet',
      new Schema<GazetteerSetDoc>(
        {
          _id: String, districtCode: { type: String, index: true }, year: Number, version: Number, entryCount: Number,
          crs: String, createdAt: Date, createdBy: String, sampleData: Boolean, validFrom: { type: String, default: null },
        },
        { ...opts, collection: 'gazetteer_sets' },
      ),
    ),
    GazetteerEntry: connection.model<GazetteerEntryDoc>(
      'GazetteerEntry',
      new Schema<GazetteerEntryDoc>(
        {
          _id: String, setId: { type: String, index: true }, row: Number, kind: String, name: String, aliases: [String],
          fromNumber: { type: Number, default: null }, toNumber: { type: Number, default: null }, parity: { type: String, default: null },
          lng: { type: Number, default: null }, lat: { type: Number, default: null },
          primaryZone: { type: String, default: null }, juniorZone: { type: String, default: null },
        },
        { ...opts, collection: 'gazetteer_entries' },
      ),
    ),
    GazetteerCurrent: connection.model<GazetteerCurrentDoc>(
      'GazetteerCurrent',
      new Schema<GazetteerCurrentDoc>(
        { ...versionSchemaFields, districtCode: { type: String, index: true }, year: Number, setId: String, switchedAt: Date, validFrom: { type: String, default: null } },
        { ...opts, collection: 'gazetteer_current' },
      ),
    ),
  };
}
