/**
 * Whether a draft set's publication for comment is live: its window has not ended (`closesOn`, the
 * last day, Beijing), the set itself was not published, and no later version of its district, year
 * and stage is in force (the final version supersedes the draft). Consultations close only after
 * their window in the admissions subgraph, so the date also covers a closed consultation.
 *
 * @example consultationIsOpen({ closesOn: '2027-01-05', setVersion: 2, setPublished: false, inForceVersion: 1 }, '2026-12-10') // true
 */
export function consultationIsOpen(
  c: { closesOn: string; setVersion: number; setPublished: boolean; inForceVersion: number | null },
  today: string,
): boolean {
  return today <= c.closesOn && !c.setPublished && (c.inForceVersion ?? 0) < c.setVersion;
}
