import type { Zone } from '../api/YearData';
import type { ZonedStage } from '../DistrictMap';
import { t, tNodes } from '../i18n/t';
import { dataText, day, el, phoneLink } from '../page/el';
import type { AnswerView } from './AnswerView';
import { renderSchool } from './renderSchool';

/** A zone: name, 四至, allocation, version, feeder junior schools and its school(s). */
function renderZone(zone: Zone, view: AnswerView, headingKey: 'zone.yours' | null, yearChange: HTMLElement | null = null): HTMLElement {
  const stage = t(`stage.${zone.stage}`);
  const names = (ids: { id: string }[]) => dataText(ids.map(({ id }) => view.schools.get(id)?.name ?? id).join('、'));
  return el(
    'div',
    { className: 'zone', attrs: { 'data-zone-id': zone.id } },
    el('p', { className: 'zone-name' }, ...(headingKey ? tNodes(headingKey, { stage, zone: dataText(zone.name) }) : [dataText(zone.name)])),
    yearChange,
    zone.status === 'SUPERSEDED' ? el('p', { className: 'notice notice-warning' }, t('zone.superseded')) : null,
    el('p', { className: 'allocation' }, zone.allocationMethod === 'LOTTERY' ? t('zone.LOTTERY', { n: zone.schools.length }) : t('zone.NEAREST')),
    el('h4', {}, t('zone.boundaryText')),
    el('p', { className: 'boundary-text' }, zone.boundaryText ? dataText(zone.boundaryText) : t('zone.noBoundaryText')),
    zone.feederSchools.length ? el('p', {}, ...tNodes('zone.feeders', { names: names(zone.feederSchools) })) : null,
    el('p', { className: 'muted' }, t('zone.version', { version: zone.version, year: zone.year, date: day(zone.publishedAt) })),
    el('h4', { className: 'schools-heading' }, t('zone.schools')),
    ...zone.schools.map(({ id }) => renderSchool(view.schools.get(id), id, zone.stage, view.yearData.results, headingKey !== null, view.openSchool)),
  );
}

/** Whom to ask: the district's bureau contacts, else the contacts in that stage's rules. */
export function bureauContacts(view: AnswerView, stage: ZonedStage): HTMLElement {
  const rules = view.yearData.rules[stage];
  const phone = view.contact?.enquiryPhone ?? rules?.consultationPhone ?? null;
  const supervision = view.contact?.supervisionPhone ?? rules?.supervisionPhone ?? null;
  const address = view.contact?.address ?? rules?.petitionAddress ?? null;
  const withLink = (key: 'bureau.phone' | 'bureau.supervision', number: string | null) =>
    number ? el('li', {}, t(key, { phone: '' }), phoneLink(number)) : null;
  return el(
    'ul',
    { className: 'contacts bureau' },
    el('li', {}, ...tNodes('bureau.ask', { department: view.contact?.department ? dataText(view.contact.department) : t('bureau.fallback') })),
    withLink('bureau.phone', phone),
    withLink('bureau.supervision', supervision),
    address ? el('li', {}, ...tNodes('bureau.address', { address: dataText(address) })) : null,
  );
}

/**
 * What one stage's section says: the zone and its school(s); or, near a boundary, a plain notice, every
 * candidate zone and the bureau's phone; or, in no zone, that fact, the nearest schools and whom to ask;
 * then, when given, the line saying the zone changed since the previous year.
 */
export function renderStageAnswer(stage: ZonedStage, view: AnswerView, yearChange: HTMLElement | null = null): HTMLElement {
  const answer = view.stages[stage];
  const stageName = t(`stage.${stage}`);
  const section = el('section', { className: `stage-answer answer-${answer.kind.toLowerCase()}`, attrs: { 'data-stage': stage, 'data-kind': answer.kind } });
  section.append(el('h3', {}, stageName));
  switch (answer.kind) {
    case 'ZONE':
      section.append(renderZone(answer.zone, view, 'zone.yours', yearChange), el('p', { className: 'muted' }, t(`zone.source.${answer.source}`)));
      break;
    case 'NEAR_BOUNDARY': {
      const distance = answer.nearestEdgeMeters === null ? '' : t('near.distance', { m: Math.round(answer.nearestEdgeMeters) });
      section.append(
        el('p', { className: 'notice notice-warning boundary-notice', attrs: { role: 'note' } }, t('near.notice', { distance })),
        bureauContacts(view, stage),
        el('h4', {}, t('near.candidates')),
        ...answer.candidates.map((zone) => renderZone(zone, view, null)),
      );
      break;
    }
    case 'NO_ZONE':
      section.append(
        el('p', { className: 'notice notice-warning no-zone-notice' }, t('none.notice', { stage: stageName })),
        bureauContacts(view, stage),
        answer.nearestSchoolIds.length ? el('h4', {}, t('none.nearestSchools')) : el('p', {}, t('none.far', { stage: stageName })),
        ...answer.nearestSchoolIds.map((id) => renderSchool(view.schools.get(id), id, stage, view.yearData.results, false, view.openSchool)),
        answer.nearestZones.length ? el('h4', {}, t('none.nearestZones')) : '',
        answer.nearestZones.length ? el('ul', {}, ...answer.nearestZones.map((z) => el('li', {}, dataText(z.name)))) : '',
      );
      break;
    case 'UNKNOWN':
      section.append(el('p', { className: 'notice notice-warning' }, t('unknown.notice', { stage: stageName })), bureauContacts(view, stage));
      break;
  }
  // Under the answer (the zone's name, when there is one zone): how this address's zone differs from the previous published year.
  if (yearChange && !yearChange.parentNode) section.append(yearChange);
  return section;
}
