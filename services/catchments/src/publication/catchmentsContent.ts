import type { GazetteerEntry, GazetteerSet } from '../gazetteer/GazetteerEntry';
import type { District, Zone, ZoneSet } from '../zones/Zone';

/**
 * The published content of each kind this service logs, exactly as it serves it: the publication log
 * holds contentHash(…) of these, and `PublicationLogEntry.catchmentsContent` returns their canonical
 * JSON read from the stored documents now, so an edit behind the system's back shows as a mismatch.
 * Lifecycle fields (status, publishedAt) are left out: they change by design when a version is
 * superseded, and the log records those events itself.
 */

/** A zone set: the set's public fields and every zone with its id, schools, 四至 and geometry. */
export function zoneSetContent(set: ZoneSet, zones: readonly Zone[]) {
  return {
    districtCode: set.districtCode,
    year: set.year,
    stage: set.stage,
    setId: set.id,
    setVersion: set.version,
    sourceDocument: set.sourceDocument,
    sampleData: set.sampleData,
    zones: [...zones]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((zone) => ({
        id: zone.id,
        name: zone.name,
        boundaryText: zone.boundaryText,
        schoolIds: zone.schoolIds,
        allocationMethod: zone.allocationMethod,
        feederSchoolIds: zone.feederSchoolIds,
        sourceDocument: zone.sourceDocument ?? null,
        uploadedCrs: zone.uploadedCrs,
        sampleData: zone.sampleData,
        geometry: zone.geometry,
      })),
  };
}

/** A district: its boundary and the bureau's public contacts. */
export function districtContent(district: District) {
  return {
    code: district.code,
    name: district.name,
    boundary: district.boundary,
    uploadedCrs: district.uploadedCrs,
    sampleData: district.sampleData,
    contact: district.contact,
  };
}

/** A gazetteer: its district, year and every row with its point and zone assignments. */
export function gazetteerContent(set: GazetteerSet, entries: readonly GazetteerEntry[]) {
  return {
    districtCode: set.districtCode,
    year: set.year,
    setId: set.id,
    sampleData: set.sampleData,
    entries: entries.map((entry) => ({
      row: entry.row,
      kind: entry.kind,
      name: entry.name,
      aliases: entry.aliases,
      fromNumber: entry.fromNumber,
      toNumber: entry.toNumber,
      parity: entry.parity,
      point: entry.point,
      assignments: entry.assignments,
    })),
  };
}
