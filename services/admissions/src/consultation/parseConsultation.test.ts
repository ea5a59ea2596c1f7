import { parseConsultation } from './parseConsultation';

const input = (extra: Record<string, unknown> = {}) => ({
  districtCode: '370812', subjectKind: 'OTHER', title: '征求意见', draftText: '草案', basis: '依据', howToComment: '本平台', opensOn: '2026-12-03', ...extra,
});

describe('parseConsultation', () => {
  it('when no closing day is given, then the window is 30 days, first and last included', () => {
    expect(parseConsultation(input(), '2026-12-03')).toMatchObject({ ok: true, value: { opensOn: '2026-12-03', closesOn: '2027-01-01' } });
  });

  it('when the window is 29 days, then it needs a reason; 30 days do not', () => {
    expect(parseConsultation(input({ closesOn: '2026-12-31' }), '2026-12-03')).toMatchObject({ ok: false, field: 'shortWindowReason' });
    expect(parseConsultation(input({ closesOn: '2027-01-01' }), '2026-12-03')).toMatchObject({ ok: true });
  });

  it('when a window crosses 29 February, then the days are counted on the calendar', () => {
    expect(parseConsultation(input({ opensOn: '2028-02-01' }), '2026-12-03')).toMatchObject({ ok: true, value: { closesOn: '2028-03-01' } });
  });

  it('when an unknown field is sent, then it is refused rather than dropped', () => {
    expect(parseConsultation(input({ contact: 'x' }), '2026-12-03')).toMatchObject({ ok: false });
  });
});
