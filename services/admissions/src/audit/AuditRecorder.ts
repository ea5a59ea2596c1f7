import type { AuditEvent } from './AuditEvent';

/** An event to record; one with an `id` is recorded at most once (so a repaired step does not repeat it). */
export type NewAuditEvent = Omit<AuditEvent, 'id' | 'at'> & { id?: string };

/** Where writes are recorded (the data layer's AuditLog implements it). */
export interface AuditRecorder {
  record(events: NewAuditEvent[]): Promise<void>;
}
