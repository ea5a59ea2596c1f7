import { consultationIsOpen } from './consultationIsOpen';

const draft = { closesOn: '2027-01-05', setVersion: 2, setPublished: false, inForceVersion: 1 };

describe('consultationIsOpen', () => {
  it('when the window runs, the set is unpublished and only an older version is in force, then it is open (the last day included)', () => {
    expect(consultationIsOpen(draft, '2026-12-10')).toBe(true);
    expect(consultationIsOpen(draft, '2027-01-05')).toBe(true);
    expect(consultationIsOpen({ ...draft, inForceVersion: null }, '2026-12-10')).toBe(true);
  });

  it('when the window has ended (the consultation can then be closed), then it is not open', () => {
    expect(consultationIsOpen(draft, '2027-01-06')).toBe(false);
  });

  it('when the draft itself or a later version is published, then it is not open', () => {
    expect(consultationIsOpen({ ...draft, setPublished: true }, '2026-12-10')).toBe(false);
    expect(consultationIsOpen({ ...draft, inForceVersion: 3 }, '2026-12-10')).toBe(false);
  });
});
