import { randomUUID } from 'node:crypto';
import type { Connection, Model } from 'mongoose';
import { Schema } from 'mongoose';
import type { AuditEvent } from '../audit/AuditEvent';

type AuditDoc = Omit<AuditEvent, 'id'> & { _id: string };

const schema = new Schema<AuditDoc>(
  {
    _id: String,
    at: { type: Date, index: true },
    actor: String,
    role: String,
    action: String,
    entityType: String,
    entityId: { type: String, index: true },
    districtCode: { type: String, index: true },
    schoolId: { type: String, default: null },
    summary: String,
    changes: { type: String, default: null },
  },
  { collection: 'audit_events', versionKey: false },
);

/** Append-only log of every write: who, when, what. Nothing updates or deletes an event. */
export class AuditLog {
  private readonly model: Model<AuditDoc>;
  constructor(connection: Connection) {
    this.model = connection.model<AuditDoc>('AuditEvent', schema);
  }

  async ensureIndexes(): Promise<void> {
    await this.model.init();
  }

  async record(events: Omit<AuditEvent, 'id' | 'at'>[]): Promise<void> {
    if (events.length === 0) return;
    const at = new Date();
    await this.model.insertMany(events.map((e) => ({ ...e, _id: randomUUID(), at })));
  }

  async find(filter: { districtCode: string; schoolId?: string; entityId?: string }, limit: number): Promise<AuditEvent[]> {
    const query = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined));
    const docs = await this.model.find(query).sort({ at: -1 }).limit(limit).lean<AuditDoc[]>();
    return docs.map(({ _id, ...rest }) => ({ ...rest, id: _id }));
  }
}
