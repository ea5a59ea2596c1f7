import { Schema, type Connection, type Model } from 'mongoose';
import type { AuditEntry } from '../audit/AuditEntry';

const auditSchema = new Schema<AuditEntry>(
  {
    at: { type: Date, required: true },
    role: String,
    subject: String,
    districtCode: { type: String, index: true },
    namedDistrictCodes: { type: [String], index: true },
    schoolId: String,
    operationName: String,
    fields: [String],
    outcome: String,
    errorCodes: [String],
    clientAddress: String,
    event: String,
    account: String,
  },
  { collection: 'audit_log', versionKey: false },
);

/** Append-only audit log in the gateway's own database. Returns plain objects. */
export class AuditRepository {
  private readonly model: Model<AuditEntry>;

  constructor(connection: Connection) {
    this.model = connection.model<AuditEntry>('AuditEntry', auditSchema);
  }

  async append(entry: AuditEntry): Promise<void> {
    await this.model.create(entry);
  }

  /** Newest first: the district's own entries and other districts' attempts that named it. */
  async forDistrict(districtCode: string, limit: number, before?: Date): Promise<AuditEntry[]> {
    const ofDistrict = { $or: [{ districtCode }, { namedDistrictCodes: districtCode }] };
    const query = before ? { ...ofDistrict, at: { $lt: before } } : ofDistrict;
    const docs = await this.model.find(query).sort({ at: -1 }).limit(limit).lean<(AuditEntry & { _id: unknown })[]>();
    return docs.map(({ _id, ...entry }) => entry);
  }
}
