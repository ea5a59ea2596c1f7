import type { RecordHash, RecordHashes } from '../api/fetchRecordHashes';
import type { Zone } from '../api/YearData';
import { ZONED_STAGES } from '../DistrictMap';
import { t, tNodes } from '../i18n/t';
import { dataText } from '../page/el';
import type { AnswerView } from '../answer/AnswerView';
import type { StageAnswer } from '../answer/decideStageAnswer';

/** A record the answer shows, with what its service says its log identity is now. */
export interface ShownRecord extends RecordHash {
  /** What the record is, as text or as a sentence's parts (names marked as data, see `dataText`). */
  label: string | (string | Node)[];
}

const zonesOf = (answer: StageAnswer): Zone[] =>
  answer.kind === 'ZONE' ? [answer.zone] : answer.kind === 'NEAR_BOUNDARY' ? answer.candidates : answer.kind === 'NO_ZONE' ? answer.nearestZones : [];

/**
 * The published records an answer is built from, per stage: the zone set of each zone shown, the
 * stage's rules, each school named and (for a zone's schools) the results in its history. One entry
 * per recordId; a record whose hash was not served is still listed (it then cannot be checked).
 */
export function shownRecords(view: AnswerView, hashes: RecordHashes): ShownRecord[] {
  const records = new Map<string, ShownRecord>();
  const add = (hash: RecordHash | undefined, label: ShownRecord['label']) => {
    if (hash && !records.has(hash.recordId)) records.set(hash.recordId, { ...hash, label });
  };
  const schoolName = (id: string) => dataText(view.schools.get(id)?.name ?? id);
  for (const stage of ZONED_STAGES) {
    const answer = view.stages[stage];
    const zones = zonesOf(answer);
    for (const zone of zones) add(hashes.zones.get(zone.id), t('verify.zoneSet', { stage: t(`stage.${stage}`), version: zone.version }));
    const rules = view.yearData.rules[stage];
    if (rules && answer.kind !== 'UNKNOWN') add(hashes.rules.get(rules.id), tNodes('verify.rules', { title: dataText(rules.title) }));
    const schoolIds = [...zones.flatMap((z) => z.schools.map((s) => s.id)), ...(answer.kind === 'NO_ZONE' ? answer.nearestSchoolIds : [])];
    for (const id of new Set(schoolIds)) add(hashes.schools.get(id), tNodes('verify.school', { school: schoolName(id) }));
    if (answer.kind !== 'ZONE') continue;
    for (const { id } of answer.zone.schools) {
      for (const result of view.yearData.results.filter((r) => r.schoolId === id && r.stage === stage)) {
        for (const hash of hashes.results.get(`${id}:${result.year}:${stage}`) ?? []) add(hash, tNodes('verify.result', { school: schoolName(id), year: result.year }));
      }
    }
  }
  return [...records.values()];
}
