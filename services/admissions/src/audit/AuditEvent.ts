/** One write, as the history shows it. */
export interface AuditEvent {
  id: string;
  at: Date;
  /** Subject of the signed-in user (or the demo loader). */
  actor: string;
  role: string;
  /** e.g. SAVE_DRAFT, SUBMIT, APPROVE, RETURN, PUBLISH, IMPORT, PUBLISH_POLICY. */
  action: string;
  entityType: string;
  entityId: string;
  districtCode: string;
  schoolId: string | null;
  /** One line a reviewer reads. */
  summary: string;
  /** JSON of the fields changed, {field: [before, after]}, or of the new record; never personal data. */
  changes: string | null;
}

/** Fields that differ between two versions, as {field: [before, after]}. */
export function diffFields(before: object | null | undefined, after: object): Record<string, [unknown, unknown]> {
  const out: Record<string, [unknown, unknown]> = {};
  const old = (before ?? {}) as Record<string, unknown>;
  for (const [k, v] of Object.entries(after)) {
    if (JSON.stringify(old[k] ?? null) !== JSON.stringify(v ?? null)) out[k] = [old[k] ?? null, v ?? null];
  }
  return out;
}
