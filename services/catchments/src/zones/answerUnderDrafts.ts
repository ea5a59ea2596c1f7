import type { CatalogSnapshot } from './PublishedCatalog';
import type { Catchment, DraftInConsultation, Stage } from './Zone';
import type { ZoneHit } from './ZoneIndex';

/** What one draft for comment says about a point, beside what is in force there now. */
export interface DraftAnswer {
  draft: DraftInConsultation;
  /** Zones of the draft containing the point (status CONSULTATION). */
  matches: ZoneHit<Catchment>[];
  /** Published zones of the same district and stage there: of the draft's year, else the latest published year. */
  current: Catchment[];
  /** The draft puts the point in another zone (by name) or under other schools than now. */
  moves: boolean;
  /** In Chinese, labelled as the draft: 按征求意见稿（…，截至 2027-01-05），此处将由「西区」调整为「东区」. */
  summary: string;
}

/**
 * For every draft set out for comment whose window runs on `today`, of the stage asked (or any), in
 * the district at the point or containing the point: the draft's zones there against those in force.
 * Drafts that neither contain the point nor have a zone in force there to compare are left out.
 *
 * @example answerUnderDrafts(snapshot, 116.795, 35.55, { stage: 'PRIMARY', toleranceMeters: 30, today: '2026-12-10' })[0].summary // '按征求意见稿…此处将由「西区」调整为「东区」'
 */
export function answerUnderDrafts(
  snapshot: Pick<CatalogSnapshot, 'drafts' | 'index' | 'districtAt'>,
  lng: number,
  lat: number,
  options: { stage?: Stage | null; toleranceMeters: number; today: string },
): DraftAnswer[] {
  const { list, index } = snapshot.drafts;
  if (!list.length) return [];
  const here = snapshot.districtAt(lng, lat)?.code ?? null;
  return list.flatMap((draft) => {
    const { set, consultation } = draft;
    if (options.today > consultation.closesOn || (options.stage && set.stage !== options.stage)) return [];
    const matches = index.locate(lng, lat, { year: set.year, stage: set.stage, toleranceMeters: options.toleranceMeters }).matches.filter((m) => m.zone.setId === set.id);
    if (!matches.length && here !== set.districtCode) return [];
    const latest = snapshot.index.latest(set.districtCode, set.stage);
    const year = latest !== null && latest >= set.year ? set.year : latest;
    const current = year === null ? [] : snapshot.index.locate(lng, lat, { year, stage: set.stage, toleranceMeters: options.toleranceMeters }).matches
      .map((m) => m.zone)
      .filter((zone) => zone.districtCode === set.districtCode);
    if (!matches.length && !current.length) return [];
    const proposed = matches.map((m) => m.zone);
    const moves = identity(current) !== identity(proposed);
    return [{ draft, matches, current, moves, summary: summaryOf(draft, current, proposed, moves) }];
  });
}

function summaryOf(draft: DraftInConsultation, current: Catchment[], proposed: Catchment[], moves: boolean): string {
  const names = (zones: Catchment[]) => zones.map((z) => `「${z.name}」`).join('、');
  const label = `按征求意见稿（${draft.consultation.consultationId}，截至 ${draft.consultation.closesOn}，尚未生效）`;
  if (!moves) return `${label}，此处仍属${names(current)}`;
  if (!current.length) return `${label}，此处现不属任何已公布学区，草案划入${names(proposed)}`;
  if (!proposed.length) return `${label}，此处现属${names(current)}，草案未划入任何学区`;
  return `${label}，此处将由${names(current)}调整为${names(proposed)}`;
}

/** Which zones (by name, stable across versions) and which schools. */
function identity(zones: readonly Catchment[]): string {
  return zones.map((z) => `${z.name}|${[...z.schoolIds].sort().join(',')}`).sort().join(';');
}
