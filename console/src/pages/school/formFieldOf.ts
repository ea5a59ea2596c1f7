/**
 * The form field an API error names: `input.explanation` → ['explanation'], `input.preferential[1].count`
 * → ['preferential', 1, 'count']; null for anything not under `input`.
 */
export function formFieldOf(field: string | undefined): (string | number)[] | null {
  if (!field?.startsWith('input.')) return null;
  const path: (string | number)[] = [];
  for (const [, name, index] of field.slice('input.'.length).matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    path.push(index !== undefined ? Number(index) : name!);
  }
  return path.length ? path : null;
}
