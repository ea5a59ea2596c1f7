import type { AddressRule } from '../rules';
import type { EditableField, ZoneFieldChange } from './diffZoneSets';

/** A field change as `ZoneFieldChange` serves it: the values as text, and for lists what was added and removed. */
export interface FieldChangeView {
  field: 'BOUNDARY_TEXT' | 'RULES' | 'SCHOOLS' | 'FEEDER_SCHOOLS' | 'ALLOCATION_METHOD';
  label: string;
  before: string | null;
  after: string | null;
  added: string[];
  removed: string[];
}

const FIELDS: Record<EditableField, { field: FieldChangeView['field']; label: string }> = {
  boundaryText: { field: 'BOUNDARY_TEXT', label: '四至' },
  rules: { field: 'RULES', label: '对口地段规则' },
  schoolIds: { field: 'SCHOOLS', label: '学校' },
  feederSchoolIds: { field: 'FEEDER_SCHOOLS', label: '对口初中' },
  allocationMethod: { field: 'ALLOCATION_METHOD', label: '招生方式' },
};

/**
 * One field change of a zone in the words staff read: a rule by its published text (one per line),
 * schools by code; for rules and schools also the entries only in one of the two sets.
 *
 * @example describeFieldChange({ field: 'schoolIds', before: ['A'], after: ['A', 'B'] }) // { field: 'SCHOOLS', before: 'A', after: 'A、B', added: ['B'], removed: [] , … }
 */
export function describeFieldChange(change: ZoneFieldChange): FieldChangeView {
  const { field, label } = FIELDS[change.field];
  const [before, after] = [entriesOf(change.field, change.before), entriesOf(change.field, change.after)];
  const separator = change.field === 'rules' ? '\n' : '、';
  const text = (entries: string[] | null, raw: unknown) => (entries ? (entries.length ? entries.join(separator) : null) : typeof raw === 'string' && raw.trim() ? raw : null);
  return {
    field,
    label,
    before: text(before, change.before),
    after: text(after, change.after),
    added: before && after ? after.filter((entry) => !before.includes(entry)) : [],
    removed: before && after ? before.filter((entry) => !after.includes(entry)) : [],
  };
}

/** The entries of a list field as text (null for a field that is not a list). */
function entriesOf(field: EditableField, value: unknown): string[] | null {
  if (field === 'rules') return ((value as AddressRule[] | null) ?? []).map((rule) => rule.text);
  if (field === 'schoolIds' || field === 'feederSchoolIds') return [...((value as string[] | null) ?? [])];
  return null;
}
