import { sha256Hex } from '@zsgk/publication';
import type { GazetteerEntry, GazetteerSet } from '../gazetteer/GazetteerEntry';
import type { District, Zone, ZoneGeometry, ZoneSet } from '../zones/Zone';

/**
 * The published content of each kind this service logs, exactly as it serves it: the publication log
 * holds contentHash(…) of these, and `PublicationLogEntry.catchmentsContent` returns their canonical
 * JSON read from the stored documents now, so an edit behind the system's back shows as a mismatch.
 * Lifecycle fields (status, publishedAt) are left out: they change by design when a version is
 * superseded, and the log records those events itself.
 */

/**
 * A zone set: the set's public fields, the date it was decided when recorded, and every zone with its id, schools, 四至 and its geometry's
 * hash (`geometrySha256` = contentHash of the GeoJSON geometry as `Catchment.geometry` serves it).
 * The geometry enters by its hash, taken over the stored text, which is written in RFC 8785 form
 * (`canonicalGeometryJson`): canonicalising a large set's coordinates at every hash is slow (2,000
 * zones × 130 vertices: 0.6–1.8 s), hashing the stored bytes is not (~30 ms). A verifier recomputes
 * each hash from the served geometry.
 */
export function zoneSetContent(set: ZoneSet, zones: readonly (Zone & { geometryJson?: string | null })[], decidedOn: string | null = null) {
  return {
    // The decision date (the annual report's timeliness); versions published before it was recorded hash as they did.
    ...(decidedOn ? { decidedOn } : {}),
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
        geometrySha256: zoneGeometrySha256(zone),
        // Only zones that have rules carry the key, so sets logged before rules existed hash as they did.
        ...(zone.rules?.length ? { rules: zone.rules } : {}),
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
    // Sets stored per school year before have no validFrom: their logged content stays as it was.
    ...(set.validFrom ? { validFrom: set.validFrom } : {}),
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

const CANONICAL_START = '{"coordinates":';

/** The geometry's hash, from the stored canonical text when there is one; null for a zone of rules alone. */
function zoneGeometrySha256(zone: Zone & { geometryJson?: string | null }): string | null {
  if (zone.geometryJson?.startsWith(CANONICAL_START)) return sha256Hex(zone.geometryJson);
  return zone.geometry ? geometryHash(zone.geometry) : null;
}

/**
 * The RFC 8785 canonical JSON of a validated GeoJSON geometry, fast: it has exactly `type` and
 * `coordinates` (finite numbers in nested arrays), so it is JSON.stringify with the keys in sorted
 * order — ECMAScript number formatting is what both use. Zones are stored in this form.
 */
export function canonicalGeometryJson(geometry: ZoneGeometry): string {
  return JSON.stringify({ coordinates: geometry.coordinates, type: geometry.type });
}

/** contentHash(geometry), without the general canonicaliser. */
export function geometryHash(geometry: ZoneGeometry): string {
  return sha256Hex(canonicalGeometryJson(geometry));
}
