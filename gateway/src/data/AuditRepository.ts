import { Schema, type Connection, type FilterQuery, type Model } from 'mongoose';
import type { AuditEntry } from '../audit/AuditEntry';
import type { AuditQuery } from '../audit/auditQuery';

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
// The district's newest entries first: the route's every query.
auditSchema.index({ districtCode: 1, at: -1 });

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Append-only audit log in the gateway's own database. Returns plain objects. */
export class AuditRepository {
  private readonly model: Model<AuditEntry>;

  constructor(connection: Connection) {
    this.model = connection.model<AuditEntry>('AuditEntry', auditSchema);
  }

  async append(entry: AuditEntry): Promise<void> {
    await this.model.create(entry);
  }

  /**
   * One page of the district's entries matching the query, newest first, and how many match in all;
   * every filter is part of the database query (nothing is read to be thrown away).
   */
  async search(districtCode: string, query: AuditQuery): Promise<{ entries: AuditEntry[]; total: number }> {
    const filter = this.filterOf(districtCode, query);
    const [docs, total] = await Promise.all([
      this.model
        .find(filter)
        .sort({ at: -1, _id: -1 })
        .skip((query.page - 1) * query.pageSize)
        .limit(query.pageSize)
        .lean<(AuditEntry & { _id: unknown })[]>(),
      this.model.countDocuments(filter),
    ]);
    return { entries: docs.map(({ _id, ...entry }) => entry), total };
  }

  /** Every operation (mutation field or account event) in the district's log, sorted. */
  async operations(districtCode: string): Promise<string[]> {
    const fields = await this.model.distinct('fields', this.filterOf(districtCode, { page: 1, pageSize: 1 }));
    return (fields as unknown[]).filter((f): f is string => typeof f === 'string').sort();
  }

  private filterOf(districtCode: string, query: AuditQuery): FilterQuery<AuditEntry> {
    const all: FilterQuery<AuditEntry>[] = [{ $or: [{ districtCode }, { namedDistrictCodes: districtCode }] }];
    if (query.who) {
      const who = { $regex: escapeRegExp(query.who), $options: 'i' };
      all.push({ $or: [{ subject: who }, { account: who }] });
    }
    if (query.operation) all.push({ fields: query.operation });
    if (query.outcome) all.push({ outcome: query.outcome });
    if (query.from || query.to) all.push({ at: { ...(query.from ? { $gte: query.from } : {}), ...(query.to ? { $lt: query.to } : {}) } });
    return all.length === 1 ? all[0]! : { $and: all };
  }
}
