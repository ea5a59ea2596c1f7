import { randomUUID } from 'node:crypto';
import { Schema, type Connection, type Model } from 'mongoose';
import type { AuditEvent } from '../audit/AuditEvent';

type AuditDoc = Omit<AuditEvent, 'id'> & { _id: string };

const schema = new Schema<AuditDoc>(
  {
    _id: String,
    at: { type: Date, index: true },
    actor: String,
    role: String,
    actorDistrictCode: { type: String, default: null },
    action: String,
    outcome: String,
    code: { type: String, default: null },
    districtCode: { type: String, index: true },
    target: { type: String, default: null },
    summary: String,
  },
  { collection: 'audit_events', versionKey: false },
);

/** Append-only log of every write and refused attempt in this service. Nothing updates or deletes an event. */
export class AuditLog {
  private readonly model: Model<AuditDoc>;
  constructor(connection: Connection) {
    this.model = connection.models.CatchmentAuditEvent ?? connection.model<AuditDoc>('CatchmentAuditEvent', schema);
  }

  async ensureIndexes(): Promise<void> {
    await this.model.init();
  }

  async record(events: Omit<AuditEvent, 'id' | 'at'>[]): Promise<void> {
    if (events.length === 0) return;
    const at = new Date();
    await this.model.insertMany(events.map((e) => ({ ...e, _id: randomUUID(), at })));
  }

  /** A district's events, newest first. */
  async find(districtCode: string, limit: number): Promise<AuditEvent[]> {
    const docs = await this.model.find({ districtCode }).sort({ at: -1, _id: 1 }).limit(limit).lean<AuditDoc[]>();
    return docs.map(({ _id, ...rest }) => ({ ...rest, id: _id }));
  }
}
