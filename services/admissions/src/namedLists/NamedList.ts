import { optionalText, safeText, schoolId } from '@zsgk/validation';
import { z } from 'zod';
import { PREFERENCE_CATEGORIES, STAGES, type Stage } from '../admissions/Admission';
import { year } from '../admissions/parseRows';

/** 政策照顾名单公示 (policy-preference list) or 热点学校录取名单 (admitted list of a designated popular school). */
export const NAMED_LIST_KINDS = ['POLICY_PREFERENCE', 'POPULAR_SCHOOL_ADMISSION'] as const;
export type NamedListKind = (typeof NAMED_LIST_KINDS)[number];

/** One person on a list: only what the list needs — no address, phone, birth date or parents. */
export interface NamedListEntry {
  name: string;
  idNumber: string | null;
  category: string | null;
}

export interface NamedListFields {
  districtCode: string;
  schoolId: string | null;
  kind: NamedListKind;
  year: number;
  stage: Stage;
  title: string;
  entries: NamedListEntry[];
  sampleData: boolean;
  /** Random salt of the published entries' digest (see contentOf); set when the list is submitted. */
  entriesSalt?: string | null;
}

export const namedListKey = (l: Pick<NamedListFields, 'districtCode' | 'schoolId' | 'kind' | 'year' | 'stage'>) =>
  `${l.districtCode}:${l.schoolId ?? '-'}:${l.kind}:${l.year}:${l.stage}`;

/** Resident ID (18, last may be X) or another document number of 6–20 letters and digits. */
const idNumber = z.string().trim().regex(/^[0-9A-Za-z]{6,20}$/, 'must be 6–20 letters and digits').nullish().transform((v) => v ?? null);

/** Input schema of a list: strict, so nothing beyond what the list needs can be stored. */
export const namedListSchema = (now: Date) =>
  z
    .object({
      districtCode: z.string(),
      schoolId: schoolId.nullish().transform((v) => v ?? null),
      kind: z.enum(NAMED_LIST_KINDS),
      year: year(now),
      stage: z.enum(STAGES),
      title: safeText(200),
      entries: z
        .array(z.object({ name: safeText(50), idNumber, category: optionalText(50) }).strict())
        .min(1, 'must list at least one person')
        .max(20_000),
      sampleData: z.boolean().default(false),
      correctionReason: optionalText(500),
    })
    .strict()
    .superRefine((list, ctx) => {
      if (list.kind === 'POPULAR_SCHOOL_ADMISSION' && !list.schoolId) {
        ctx.addIssue({ code: 'custom', path: ['schoolId'], message: "is required: an admitted list is a school's" });
      }
      if (list.kind === 'POLICY_PREFERENCE') {
        list.entries.forEach((e, i) => {
          if (!e.category || !(PREFERENCE_CATEGORIES as readonly string[]).includes(e.category)) {
            ctx.addIssue({ code: 'custom', path: ['entries', i, 'category'], message: `must be one of ${PREFERENCE_CATEGORIES.join(', ')}` });
          }
        });
      }
    });
