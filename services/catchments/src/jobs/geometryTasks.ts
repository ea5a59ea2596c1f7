import type { RegisteredSchool } from '../register/SchoolRegister';
import { analyseCoverage, type Coverage } from '../zones/analyseCoverage';
import { diffZoneSets, type ZoneSetDiff } from '../zones/diffZoneSets';
import type { Stage, ZoneDraft, ZoneGeometry } from '../zones/Zone';

/** A whole-set check as sent to a worker thread: plain, structured-cloneable data. */
export type GeometryTask =
  | { kind: 'COVERAGE'; boundary: ZoneGeometry | null; zones: ZoneDraft[]; stage: Stage; registerSchools: RegisteredSchool[] | null; minAreaSquareMeters: number }
  | { kind: 'DIFF'; before: ZoneDraft[]; after: ZoneDraft[] };

/**
 * A task's answer with every zone replaced by its index in the task's own list, so only the report
 * crosses the thread boundary; `hydrate…` puts the caller's zone objects back.
 */
export type GeometryTaskResult =
  | { kind: 'COVERAGE'; coverage: Coverage<number> }
  | { kind: 'DIFF'; diff: ZoneSetDiff<number> };

/** Runs a task in the current thread (the worker's). */
export async function runGeometryTask(task: GeometryTask, onProgress: (fraction: number) => void): Promise<GeometryTaskResult> {
  if (task.kind === 'COVERAGE') {
    const zones = task.zones.map((zone, i) => ({ ...zone, i }));
    const c = await analyseCoverage(task.boundary, zones, task.stage, task.registerSchools, task.minAreaSquareMeters, onProgress);
    return {
      kind: 'COVERAGE',
      coverage: { ...c, overlaps: c.overlaps.map((o) => ({ ...o, zones: [o.zones[0].i, o.zones[1].i] })), zonesWithoutSchool: c.zonesWithoutSchool.map((z) => z.i) },
    };
  }
  const before = task.before.map((zone, i) => ({ ...zone, i }));
  const after = task.after.map((zone, i) => ({ ...zone, i }));
  const d = await diffZoneSets(before, after, 1, onProgress);
  return {
    kind: 'DIFF',
    diff: {
      ...d,
      added: d.added.map((z) => z.i),
      removed: d.removed.map((z) => z.i),
      reshaped: d.reshaped.map((r) => ({ ...r, before: r.before.i, after: r.after.i })),
      edited: d.edited.map((e) => ({ ...e, before: e.before.i, after: e.after.i })),
    },
  };
}

/** The coverage with the caller's zones in place of indices. */
export function hydrateCoverage<Z>(coverage: Coverage<number>, zones: readonly Z[]): Coverage<Z> {
  return {
    ...coverage,
    overlaps: coverage.overlaps.map((o) => ({ ...o, zones: [zones[o.zones[0]]!, zones[o.zones[1]]!] })),
    zonesWithoutSchool: coverage.zonesWithoutSchool.map((i) => zones[i]!),
  };
}

/** The diff with the caller's zones in place of indices. */
export function hydrateDiff<Z>(diff: ZoneSetDiff<number>, before: readonly Z[], after: readonly Z[]): ZoneSetDiff<Z> {
  return {
    ...diff,
    added: diff.added.map((i) => after[i]!),
    removed: diff.removed.map((i) => before[i]!),
    reshaped: diff.reshaped.map((r) => ({ ...r, before: before[r.before]!, after: after[r.after]! })),
    edited: diff.edited.map((e) => ({ ...e, before: before[e.before]!, after: after[e.after]! })),
  };
}
