import { randomUUID } from 'node:crypto';
import type { Connection, Model } from 'mongoose';
import { Schema } from 'mongoose';
import { isDuplicateKeyError } from '@zsgk/publication';
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

  /**
   * Appends events. An event given an `id` is recorded once: a publication repaired after a crash
   * records its APPROVE and PUBLISH events again under the same ids, and the duplicates are dropped.
   */
  async record(events: (Omit<AuditEvent, 'id' | 'at'> & { id?: string })[]): Promise<void> {
    if (events.length === 0) return;
    const at = new Date();
    try {
      await this.model.insertMany(events.map(({ id, ...e }) => ({ ...e, _id: id ?? randomUUID(), at })), { ordered: false });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
  }

  async find(filter: { districtCode: string; schoolId?: string; entityId?: string }, limit: number): Promise<AuditEvent[]> {
    const query = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined));
    const docs = await this.model.find(query).sort({ at: -1 }).limit(limit).lean<AuditDoc[]>();
    return docs.map(({ _id, ...rest }) => ({ ...rest, id: _id }));
  }
}
