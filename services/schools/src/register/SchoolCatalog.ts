import type { School, SchoolFilter } from './School';

export interface SchoolPage {
  nodes: School[];
  totalCount: number;
  hasNextPage: boolean;
}

interface Entry {
  school: School;
  /** Name, short name and address, lower-cased: what a text search looks in. */
  haystack: string;
}

/**
 * The register held in memory for listing and searching: every school by id, walked in id order.
 * The database stays the source of truth; this is loaded from it at start and when another replica
 * writes, and patched with this process's own writes. Schools are never deleted, so loading only
 * ever adds schools or newer versions. Why: the embedded FerretDB answers every
 * filtered or sorted query by decoding the whole collection (seconds at 100,000 schools), while
 * checking 100,000 entries here takes milliseconds. Text search is plain substring matching, so no
 * user text ever becomes a regular expression or a query operator.
 */
export class SchoolCatalog {
  private readonly entries = new Map<string, Entry>();
  private sortedIds: string[] = [];
  private sorted = true;

  get size(): number {
    return this.entries.size;
  }

  /** Adds or replaces schools; an older version never replaces a newer one (writes may report out of order). */
  upsert(schools: Iterable<School>): void {
    for (const school of schools) {
      const current = this.entries.get(school.id);
      if (current && current.school.version > school.version) continue;
      if (!current) this.sorted = false;
      const haystack = [school.name, school.shortName ?? '', school.address].join('\u0000').toLowerCase();
      this.entries.set(school.id, { school, haystack });
    }
  }

  /** The stored schools among these ids. */
  getMany(ids: Iterable<string>): Map<string, School> {
    const found = new Map<string, School>();
    for (const id of ids) {
      const entry = this.entries.get(id);
      if (entry) found.set(id, entry.school);
    }
    return found;
  }

  /** A page of the schools matching the filter, in id order, starting after `afterId`. */
  search(filter: SchoolFilter, first: number, afterId: string | null): SchoolPage {
    const ids = this.ids();
    const matches = compile(filter);
    const start = afterId === null ? 0 : firstIndexAfter(ids, afterId);
    const nodes: School[] = [];
    let totalCount = 0;
    let hasNextPage = false;
    for (let i = 0; i < ids.length; i++) {
      const entry = this.entries.get(ids[i]!)!;
      if (!matches(entry)) continue;
      totalCount += 1;
      if (i < start) continue;
      if (nodes.length < first) nodes.push(entry.school);
      else hasNextPage = true;
    }
    return { nodes, totalCount, hasNextPage };
  }

  private ids(): string[] {
    if (!this.sorted) {
      this.sortedIds = [...this.entries.keys()].sort();
      this.sorted = true;
    }
    return this.sortedIds;
  }
}

function compile(filter: SchoolFilter): (entry: Entry) => boolean {
  const text = filter.text?.toLowerCase();
  const { districtCode, stage, ownership, status, bbox } = filter;
  const ids = filter.ids ? new Set(filter.ids) : null;
  return ({ school, haystack }) =>
    (!ids || ids.has(school.id)) &&
    (!districtCode || school.districtCode === districtCode) &&
    (!stage || school.stages.includes(stage)) &&
    (!ownership || school.ownership === ownership) &&
    (!status || school.status === status) &&
    (!bbox ||
      (school.location !== null &&
        school.location.lng >= bbox.minLng &&
        school.location.lng <= bbox.maxLng &&
        school.location.lat >= bbox.minLat &&
        school.location.lat <= bbox.maxLat)) &&
    (!text || haystack.includes(text));
}

/** Index of the first id greater than `afterId` (ids sorted ascending). */
function firstIndexAfter(ids: string[], afterId: string): number {
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (ids[mid]! <= afterId) low = mid + 1;
    else high = mid;
  }
  return low;
}
