import type { DemoDistrict } from './DemoDistrict';
import { generateDistrict } from './generateDistrict';
import { readDemoBoundary } from './readDemoBoundary';

const { wgs84: boundary } = readDemoBoundary('370812');

describe('generateDistrict: rules and results', () => {
  let district: DemoDistrict;
  beforeAll(() => {
    district = generateDistrict({ boundary, districtCode: '370812', districtName: '兖州区' });
  });

  it('when generated, then there is one rules row per year and stage, each marked as sample data', () => {
    expect(district.rules.map((r) => `${r.year} ${r.stage}`)).toEqual(['2024 PRIMARY', '2024 JUNIOR', '2025 PRIMARY', '2025 JUNIOR', '2026 PRIMARY', '2026 JUNIOR']);
    for (const rules of district.rules) {
      expect(rules.title).toBe(`兖州区${rules.year}年义务教育学校招生工作方案（示例数据）`);
      expect(rules.body).toContain('示例数据');
      expect(rules.documentNumber).toMatch(new RegExp(`^兖教发〔${rules.year}〕\\d+号$`));
      expect(rules.issuedOn).toMatch(new RegExp(`^${rules.year}-\\d\\d-\\d\\d$`));
      expect(rules.eligibility.join()).toMatch(/户籍\+房产.*房产.*居住证/);
      expect(rules.papers.length).toBeGreaterThan(0);
      expect(rules.migrantEligibility.length).toBeGreaterThan(0);
      expect(rules.migrantPapers.length).toBeGreaterThan(0);
      expect(rules.sampleData).toBe(true);
    }
  });

  it('when generated, then each timetable has the five phases in June–August of its year, in order', () => {
    for (const { year, timetable } of district.rules) {
      expect(timetable.map((t) => t.phase)).toEqual(['网上报名', '资格审核', '电脑派位', '录取公示', '报到']);
      for (const [i, phase] of timetable.entries()) {
        expect(phase.startsOn).toMatch(new RegExp(`^${year}-0[678]-\\d\\d$`));
        expect(phase.endsOn >= phase.startsOn).toBe(true);
        if (i > 0) expect(phase.startsOn > timetable[i - 1]!.endsOn).toBe(true);
      }
    }
  });

  it('when generated, then there is one round-1 result per school, year and stage offered', () => {
    const expected = district.schools.flatMap((s) => [2024, 2025, 2026].flatMap((year) => s.stages.map((stage) => `${s.id} ${year} ${stage}`)));
    expect(district.results.map((r) => `${r.schoolId} ${r.year} ${r.stage}`).sort()).toEqual(expected.sort());
    expect(district.results.every((r) => r.round === 1 && r.sampleData)).toBe(true);
  });

  it('when admitted differs from planned, then and only then there is an explanation', () => {
    for (const r of district.results) {
      if (r.admitted === r.plannedSeats) expect(r.explanation).toBeNull();
      else expect(r.explanation?.text).toBeTruthy();
    }
    expect(district.results.filter((r) => r.explanation?.reasonCode === 'UNDER_APPLIED').length).toBeGreaterThan(0);
  });

  it('when generated, then the numbers are plausible: primary plans 90–360 in 45s, mostly filled, none admitting more than applied', () => {
    for (const r of district.results) {
      expect(Number.isInteger(r.plannedSeats) && Number.isInteger(r.applicants) && Number.isInteger(r.admitted)).toBe(true);
      expect(r.admitted).toBeLessThanOrEqual(r.applicants);
      if (r.stage === 'PRIMARY') {
        expect(r.plannedSeats % 45).toBe(0);
        expect(r.plannedSeats).toBeGreaterThanOrEqual(90);
        expect(r.plannedSeats).toBeLessThanOrEqual(360);
      }
    }
    const filled = district.results.filter((r) => r.admitted === r.plannedSeats).length;
    expect(filled / district.results.length).toBeGreaterThan(0.6);
  });

  it('when generated, then only senior results have a cut-off score, between 450 and 700', () => {
    for (const r of district.results) {
      if (r.stage === 'SENIOR') {
        expect(r.cutoffScore).toBeGreaterThanOrEqual(450);
        expect(r.cutoffScore).toBeLessThanOrEqual(700);
      } else expect(r.cutoffScore).toBeNull();
    }
  });
});
