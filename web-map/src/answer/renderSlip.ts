import type { YearData } from '../api/YearData';
import { ZONED_STAGES, type BureauContact } from '../DistrictMap';
import { t } from '../i18n/t';
import { day, el } from '../page/el';

export interface SlipInput {
  /** The year's data the answer (or "not found") was given against; null before it loaded. */
  yearData: YearData | null;
  contact: BureauContact | null;
  /** The link that reopens this answer. */
  url: string;
  /** One line: what was answered (per stage), or what was not found. */
  summary: HTMLElement;
  /** True when the panel lists the records it rests on with their hashes (an answer); false for "not found". */
  withRecords: boolean;
}

/** Each stage's zone set in force (version, publication date), e.g. "小学划片方案第 2 版（公布于 2026-05-01）". */
function zoneSets(yearData: YearData): string {
  const sets = ZONED_STAGES.flatMap((stage) => {
    const zones = yearData.zones[stage];
    if (!zones.length) return [];
    const version = Math.max(...zones.map((z) => z.version));
    const published = zones.map((z) => z.publishedAt ?? '').sort().at(-1) || null;
    return [t('slip.zoneSet', { stage: t(`stage.${stage}`), version, date: day(published) })];
  });
  return sets.length ? sets.join(t('sep.list')) : t('slip.noZones');
}

/** When the shown data was published: the zones' and the rules' latest publication dates. */
function dataTimes(yearData: YearData): { zones: string; rules: string } {
  const zones = ZONED_STAGES.flatMap((s) => yearData.zones[s].map((z) => z.publishedAt ?? '')).sort().at(-1);
  const rules = ZONED_STAGES.map((s) => yearData.rules[s]?.publishedAt ?? '').sort().at(-1);
  return { zones: day(zones || null), rules: day(rules || null) };
}

/**
 * The print-only head of the result slip, the same for every kind of answer and for "not found": what
 * was answered, the year and zone-set versions, data times, print time, and how to verify (the records'
 * hashes under the answer, the link, the bureau's phone).
 */
export function renderSlip({ yearData, contact, url, summary, withRecords }: SlipInput): HTMLElement {
  const phone = contact?.enquiryPhone ?? yearData?.rules.PRIMARY?.consultationPhone ?? '—';
  return el(
    'div',
    { className: 'print-only slip' },
    el('p', { className: 'slip-heading' }, t('slip.heading')),
    el('p', {}, summary),
    yearData ? el('p', { className: 'slip-zone-sets' }, t('slip.year', { year: yearData.year }), zoneSets(yearData)) : null,
    yearData ? el('p', {}, t('slip.data', dataTimes(yearData))) : null,
    el('p', {}, t('slip.printed', { time: new Date().toLocaleString(document.documentElement.lang) })),
    el('p', {}, t(withRecords ? 'slip.howRecords' : 'slip.noRecords')),
    el('p', { className: 'slip-url' }, t('slip.verify', { phone, url })),
  );
}
