import type { ImportKind } from './importKinds';

/** Where an accepted import goes next: the review item it submitted, or (zone sets) the draft on the 划片 page. */
export interface ImportNext {
  /** Console path to open. */
  to: string;
  label: string;
  /** The review item or draft set id, shown to the clerk. */
  id: string;
}

const idAt = (report: Record<string, unknown>, key: string): string | null => {
  const value = report[key];
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string') return (value as { id: string }).id;
  return null;
};

/**
 * The link shown after an accepted upload. The register's import answers `change`, the gazetteer's,
 * results' and plans' `review`; zone files and 对口地段表 become a draft set (`setId`) that is submitted
 * for review from the 划片 page. Null when the file changed nothing (identical to what is in force).
 */
export function reviewLinkOf(kind: ImportKind, report: Record<string, unknown>): ImportNext | null {
  if (kind === 'zones' || kind === 'rules') {
    const setId = idAt(report, 'setId');
    return setId ? { to: `/zones?set=${encodeURIComponent(setId)}`, label: '在“划片”页面查看覆盖情况并提交审核', id: setId } : null;
  }
  const id = idAt(report, kind === 'register' ? 'change' : 'review');
  return id ? { to: `/review?id=${encodeURIComponent(id)}`, label: '查看审核事项', id } : null;
}
