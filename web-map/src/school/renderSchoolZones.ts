import { label, t, tNodes } from '../i18n/t';
import { dataText, day, el } from '../page/el';
import type { SchoolPage, SchoolZone, ZoneRule } from './SchoolPage';
import type { SchoolPageContext } from './SchoolPageContext';

/** The rule an address matched in a zone (from geocode's byAddress), to mark it in the zone's rule list. */
export interface MatchedRule {
  zoneId: string;
  text: string;
}

function ruleItem(rule: ZoneRule, matched: boolean): HTMLElement {
  return el(
    'li',
    { className: matched ? 'rule matched-rule' : 'rule', attrs: { 'data-kind': rule.kind } },
    el('span', { className: 'tag' }, label('rule', rule.kind)),
    ' ',
    dataText(rule.text),
    rule.note ? el('span', { className: 'muted' }, `（${rule.note}）`) : null,
    matched ? el('strong', {}, ` ← ${t('schoolPage.ruleMatched')}`) : null,
  );
}

/** One zone the school serves: name, allocation, the schools sharing it, 四至, its address rules and version. */
function renderZone(zone: SchoolZone, page: SchoolPage, context: SchoolPageContext, matched: readonly MatchedRule[]): HTMLElement {
  const others = zone.schools.filter((s) => s.id !== page.school.id).map((s) => context.schoolName(s.id));
  return el(
    'li',
    { className: 'zone', attrs: { 'data-zone-id': zone.id, 'data-stage': zone.stage } },
    el('p', { className: 'zone-name' }, ...tNodes('school.zone', { stage: t(`stage.${zone.stage}`), zone: dataText(zone.name) })),
    el('p', { className: 'allocation' }, zone.allocationMethod === 'LOTTERY' ? t('zone.LOTTERY', { n: zone.schools.length }) : t('zone.NEAREST')),
    others.length ? el('p', {}, `${t('zone.schools')}${t('sep.colon')}`, dataText(others.join('、'))) : null,
    el('h5', {}, t('zone.boundaryText')),
    el('p', { className: 'boundary-text' }, zone.boundaryText ? dataText(zone.boundaryText) : t('zone.noBoundaryText')),
    zone.rules.length ? el('h5', {}, t('schoolPage.zoneRules')) : null,
    zone.rules.length ? el('ol', { className: 'zone-rules' }, ...zone.rules.map((r) => ruleItem(r, matched.some((m) => m.zoneId === zone.id && m.text === r.text)))) : null,
    el('p', { className: 'muted' }, t('zone.version', { version: zone.version, year: zone.year, date: day(zone.publishedAt) })),
  );
}

/**
 * The zones the school serves in the year (drawn on the map by the caller), and for a zone defined by
 * address rules (对口地段表) every rule, the one the looked-up address matched marked.
 */
export function renderSchoolZones(page: SchoolPage, context: SchoolPageContext, matched: readonly MatchedRule[], address: string | null): HTMLElement {
  const zones = page.school.catchments;
  return el(
    'section',
    { className: 'school-section', attrs: { 'data-section': 'zones' } },
    el('h4', {}, t('schoolPage.zones', { year: page.year })),
    zones.length ? el('p', { className: 'muted' }, t('schoolPage.zonesDrawn')) : el('p', {}, t('schoolPage.noZones', { year: page.year })),
    address && matched.length ? el('p', {}, ...tNodes('schoolPage.matchedFor', { address: dataText(address) })) : null,
    el('ul', { className: 'school-zones' }, ...zones.map((zone) => renderZone(zone, page, context, matched))),
  );
}
