import { randomUUID } from 'node:crypto';
import { isDuplicateKeyError } from '@zsgk/publication';
import { Schema, type Connection, type Model } from 'mongoose';
import type { RegisterAudit, RegisterAuditEvent } from '../audit/RegisterAuditEvent';

type AuditDocument = RegisterAuditEvent & { _id: string };

const schema = new Schema<AuditDocument>(
  {
    _id: { type: String, required: true },
    at: { type: Date, required: true },
    actor: { type: String, required: true },
    role: { type: String, required: true },
    actorDistrictCode: { type: String, default: null },
    districtCode: { type: String, required: true, index: true },
    action: { type: String, required: true },
    operation: { type: String, required: true },
    outcome: { type: String, required: true },
    errorCode: { type: String, default: null },
    schoolIds: { type: [String], default: [] },
    reviewId: { type: String, default: null },
    summary: { type: String, required: true },
  },
  { collection: 'register_audit', versionKey: false },
);

/** Append-only audit of the register (collection `register_audit`): nothing updates or deletes an entry. */
export class RegisterAuditLog implements RegisterAudit {
  private readonly model: Model<AuditDocument>;

  constructor(connection: Connection) {
    this.model = connection.models.RegisterAuditEvent ?? connection.model<AuditDocument>('RegisterAuditEvent', schema);
  }

  async ensureIndexes(): Promise<void> {
    await this.model.init();
  }

  async record(event: Omit<RegisterAuditEvent, 'at'>, eventId?: string): Promise<void> {
    try {
      await this.model.collection.insertOne({ ...event, _id: eventId ?? randomUUID(), at: new Date() } as never);
    } catch (error) {
      if (!(eventId && isDuplicateKeyError(error))) throw error;
    }
  }

  /** A district's entries, newest first. */
  async find(districtCode: string, limit: number): Promise<RegisterAuditEvent[]> {
    const docs = await this.model.find({ districtCode }).sort({ at: -1 }).limit(limit).lean<AuditDocument[]>();
    return docs.map(({ _id, ...event }) => event);
  }
}
