import type { RulesFields, SchoolRulesFields } from '../admissions/Admission';

/**
 * Items policy requires each school to disclose. Every subgraph reports the ones it owns on School;
 * the gateway joins them. The admissions service owns all but CATCHMENT (catchments subgraph) and
 * the school's own contact lines (schools subgraph reports those as SCHOOL_CONTACTS).
 */
export const DISCLOSURE_ITEMS = [
  'CATCHMENT', 'ENROLMENT_PLAN', 'TIMETABLE', 'ADMISSION_FLOW', 'ADMISSION_METHOD', 'CONSULTATION_CONTACTS',
  'SUPERVISION_CHANNEL', 'PETITION_ADDRESS', 'MIGRANT_RULES', 'REQUIRED_PAPERS', 'ADMISSION_RESULTS', 'TRANSFERS', 'SCHOOL_CONTACTS',
] as const;
export type DisclosureItemKind = (typeof DISCLOSURE_ITEMS)[number];

export interface DisclosureItem {
  item: DisclosureItemKind;
  present: boolean;
  /** What was found, or what is missing. */
  detail: string;
  /** Service that checked the item. */
  source: string;
}

export interface DisclosureInput {
  year: number;
  /** District rules in force for the year (the school's stages). */
  rules: Pick<RulesFields, 'stage' | 'timetable' | 'eligibility' | 'admissionMethod' | 'consultationPhone' | 'supervisionPhone' | 'petitionAddress' | 'migrantEligibility' | 'migrantPapers' | 'papers'>[];
  schoolRules: Pick<SchoolRulesFields, 'papers' | 'consultationPhone'>[];
  /** The school's published enrolment plans (招生计划) for the year. */
  plans: { plannedSeats: number }[];
  /** The school's published results for the year. */
  results: { plannedSeats: number; admitted: number }[];
  /** Published transfer reports of the school for the year. */
  transferTerms: string[];
}

/** The admissions-owned items of a school's disclosure checklist for one year. */
export function admissionsDisclosure(input: DisclosureInput): DisclosureItem[] {
  const { rules, schoolRules } = input;
  const stages = rules.map((r) => r.stage).join(', ') || 'none';
  const item = (kind: DisclosureItemKind, present: boolean, found: string, missing: string): DisclosureItem => ({
    item: kind, present, detail: present ? found : missing, source: 'admissions',
  });
  const anyRule = (f: (r: DisclosureInput['rules'][number]) => boolean) => rules.some(f);
  const seats = (rows: { plannedSeats: number }[]) => rows.reduce((n, r) => n + r.plannedSeats, 0);
  // The plan satisfies the item; before plans were published on their own, a result's plannedSeats did (kept for those years).
  const plan = input.plans.length > 0
    ? `${seats(input.plans)} planned seats published in the enrolment plan`
    : `${seats(input.results)} planned seats published with the admission results (no separate enrolment plan)`;
  return [
    item('ENROLMENT_PLAN', input.plans.length > 0 || input.results.length > 0, plan, `no published plan for ${input.year}`),
    item('TIMETABLE', anyRule((r) => r.timetable.length > 0), `timetable published (${stages})`, `no dated timetable in the ${input.year} rules`),
    item('ADMISSION_FLOW', anyRule((r) => r.timetable.length > 0 && r.eligibility.length > 0), 'eligibility and procedure published', 'eligibility or procedure missing'),
    item('ADMISSION_METHOD', anyRule((r) => r.admissionMethod.trim() !== ''), rules.map((r) => r.admissionMethod).join('; '), 'no admission method'),
    item('CONSULTATION_CONTACTS', anyRule((r) => r.consultationPhone !== null) || schoolRules.some((s) => s.consultationPhone !== null), 'consultation phone published', 'no consultation phone'),
    item('SUPERVISION_CHANNEL', anyRule((r) => r.supervisionPhone !== null), 'supervision phone published', 'no supervision / report channel'),
    item('PETITION_ADDRESS', anyRule((r) => r.petitionAddress !== null), 'petition address published', 'no petition address'),
    item('MIGRANT_RULES', anyRule((r) => r.migrantEligibility.length > 0 && r.migrantPapers.length > 0), '随迁子女 eligibility and papers published', 'no 随迁子女 eligibility or papers'),
    item('REQUIRED_PAPERS', anyRule((r) => r.papers.length > 0) || schoolRules.some((s) => s.papers.length > 0), 'papers checklist published', 'no papers checklist'),
    item('ADMISSION_RESULTS', input.results.some((r) => r.admitted > 0), 'admission numbers published', `no admission numbers for ${input.year}`),
    item('TRANSFERS', input.transferTerms.length > 0, `terms published: ${input.transferTerms.join(', ')}`, `no transfer figures for ${input.year}`),
  ];
}
