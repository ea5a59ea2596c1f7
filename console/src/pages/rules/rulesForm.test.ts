import { describe, expect, it } from '@jest/globals';
import dayjs from 'dayjs';
import { datedPhases, rulesToValues, valuesToInput, type RulesValues } from './rulesForm';

const published = {
  title: '兖州区2025年小学招生工作方案', documentNumber: '兖教发〔2025〕9号', issuedOn: '2025-05-20', body: null,
  interpretation: '去年的解读', sourceUrl: 'https://jyj.example.gov.cn/2025.html', interpretationUrl: null,
  eligibility: ['户籍与房产均在学区内'], papers: ['户口簿', '不动产权证书'], migrantEligibility: [], migrantPapers: ['居住证'],
  timetable: [{ phase: '网上报名', startsOn: '2025-07-01', endsOn: '2025-07-10' }],
  admissionMethod: '就近免试入学', consultationPhone: '0537-3412345', supervisionPhone: null, petitionAddress: '兖州区建设路 1 号',
};

describe('rulesForm', () => {
  it('when last year\'s rules are copied, then dates and the title move one year, and the number, links and interpretation are left to fill', () => {
    const values = rulesToValues(published, 1);
    expect(values.title).toBe('兖州区2026年小学招生工作方案');
    expect(values.timetable[0]!.dates!.map((d) => d.format('YYYY-MM-DD'))).toEqual(['2026-07-01', '2026-07-10']);
    expect(values.papers).toEqual(['户口簿', '不动产权证书']);
    expect([values.documentNumber, values.issuedOn, values.sourceUrl, values.interpretation]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('when the form is sent, then blanks are null, empty checklist lines are dropped and phases are YYYY-MM-DD', () => {
    const values: RulesValues = {
      ...rulesToValues(published), year: 2025, stage: 'PRIMARY', papers: ['户口簿', '  ', ''], supervisionPhone: '  ', correctionReason: ' 改期 ',
      timetable: [{ phase: ' 网上报名 ', dates: [dayjs('2025-07-03'), dayjs('2025-07-12')] }, { phase: '', dates: undefined }],
    };
    const input = valuesToInput(values, '370812');
    expect(input).toMatchObject({ districtCode: '370812', year: 2025, papers: ['户口簿'], supervisionPhone: null, correctionReason: '改期', issuedOn: '2025-05-20' });
    expect(input.timetable).toEqual([{ phase: '网上报名', startsOn: '2025-07-03', endsOn: '2025-07-12' }]);
  });

  it('when a phase has a name but no dates, then it is still sent, for the service to name what is missing', () => {
    const input = valuesToInput({ ...rulesToValues(published), year: 2025, stage: 'PRIMARY', timetable: [{ phase: '录取公示' }] }, '370812');
    expect(input.timetable).toEqual([{ phase: '录取公示', startsOn: '', endsOn: '' }]);
  });

  it('when phases are out of order or undated, then the calendar gets the dated ones by first day', () => {
    const phases = datedPhases([
      { phase: '审核', dates: [dayjs('2025-07-11'), dayjs('2025-07-20')] },
      { phase: '未定' },
      { phase: '', dates: [dayjs('2025-07-01'), dayjs('2025-07-10')] },
    ]);
    expect(phases).toEqual([
      { phase: '（未命名阶段）', startsOn: '2025-07-01', endsOn: '2025-07-10' },
      { phase: '审核', startsOn: '2025-07-11', endsOn: '2025-07-20' },
    ]);
  });
});
