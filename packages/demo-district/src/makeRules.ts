import type { Random } from './createRandom';
import type { EnrolmentRulesRow, TimetablePhase, ZonedStage } from './DemoDistrict';
import type { Bureau } from './makeBureau';

export interface MakeRulesOptions {
  districtCode: string;
  districtName: string;
  years: number[];
  bureau: Bureau;
  random: Random;
}

const STAGE_WORD: Record<ZonedStage, string> = { PRIMARY: '小学', JUNIOR: '初中' };
// Month-day of each phase; junior schools enrol a week ahead of primary schools.
const PHASES: Record<ZonedStage, [phase: string, starts: string, ends: string][]> = {
  PRIMARY: [
    ['网上报名', '06-20', '06-26'],
    ['资格审核', '06-27', '07-05'],
    ['电脑派位', '07-10', '07-10'],
    ['录取公示', '07-12', '07-18'],
    ['报到', '08-28', '08-31'],
  ],
  JUNIOR: [
    ['网上报名', '06-13', '06-19'],
    ['资格审核', '06-20', '06-28'],
    ['电脑派位', '07-03', '07-03'],
    ['录取公示', '07-05', '07-11'],
    ['报到', '08-26', '08-29'],
  ],
};

/**
 * The 招生方案 of each year, one row per stage (one document covers both). Every text says it is
 * sample data: these rows must never be mistaken for the bureau's real policy.
 *
 * @example makeRules({ districtCode: '370812', districtName: '兖州区', years: [2026], bureau, random })[0].title
 * // '兖州区2026年义务教育学校招生工作方案（示例数据）'
 */
export function makeRules({ districtCode, districtName, years, bureau, random }: MakeRulesOptions): EnrolmentRulesRow[] {
  return years.flatMap((year) => {
    const documentNumber = `${districtName.charAt(0)}教发〔${year}〕${random.int(5, 30)}号`;
    const issuedOn = `${year}-05-${String(random.int(10, 28)).padStart(2, '0')}`;
    return (['PRIMARY', 'JUNIOR'] as const).map((stage): EnrolmentRulesRow => {
      const timetable: TimetablePhase[] = PHASES[stage].map(([phase, starts, ends]) => ({ phase, startsOn: `${year}-${starts}`, endsOn: `${year}-${ends}` }));
      return {
        districtCode,
        year,
        stage,
        title: `${districtName}${year}年义务教育学校招生工作方案（示例数据）`,
        documentNumber,
        issuedOn,
        body: body(stage, year, districtName, bureau, timetable),
        interpretation:
          `【示例数据】${districtName}${year}年${STAGE_WORD[stage]}招生政策解读：一问，学区怎么查？答：在招生地图上输入住址或点选位置即可查看所属学区及学校。` +
          `二问，多校划片学区如何录取？答：报名人数不超过计划的全部录取，超过的由公证机构监督电脑派位。三问，对结果有异议找谁？答：拨打监督电话${bureau.supervisionPhone}。`,
        eligibility:
          stage === 'PRIMARY'
            ? [
                '户籍+房产：适龄儿童与父母（或其他法定监护人）户籍均在学区内，且在学区内有合法固定住所（不动产权证书或房屋所有权证）的，在学区学校就读，优先安排。',
                '房产：在学区内有合法固定住所、户籍不在学区内的，在学区学校就读，在户籍与房产一致的儿童之后安排。',
                '居住证：父母一方持本区居住证、在学区内实际居住满一年（以租赁合同登记备案为准）的，由区教育和体育局统筹安排在居住地学区或就近学校就读。',
              ]
            : [
                '户籍+房产：本区小学应届毕业生，户籍与房产均在初中学区内的，按对口关系升入学区初中。',
                '房产：在初中学区内有合法固定住所、户籍不在学区内的，在学区初中就读，在户籍与房产一致的学生之后安排。',
                '居住证：父母一方持本区居住证、在学区内实际居住满一年的，由区教育和体育局统筹安排在居住地学区或就近初中就读。',
              ],
        papers:
          stage === 'PRIMARY'
            ? ['户口簿', '不动产权证书或房屋所有权证（或购房合同及备案证明）', '出生医学证明', '预防接种证']
            : ['户口簿', '不动产权证书或房屋所有权证（或购房合同及备案证明）', '小学学籍信息（由毕业小学统一报送）'],
        migrantEligibility: [
          '父母一方在本区务工就业、连续缴纳社会保险满一年并持有本区居住证的，可申请在居住地学区就读。',
          '随迁子女在入学、资助、升学等方面与本区户籍学生享受同等待遇。',
          '居住地学区学位不足的，由区教育和体育局统筹安排到就近有空余学位的公办学校就读。',
        ],
        migrantPapers: ['本区居住证', '劳动合同或营业执照', '连续一年的社会保险缴费证明', '房屋租赁合同登记备案证明', '户口簿'],
        timetable,
        admissionMethod:
          stage === 'PRIMARY'
            ? '单校划片学区按“户籍+房产”“房产”“居住证”顺序录取；多校划片学区报名人数超过计划的，由公证机构监督电脑随机派位；民办学校报名人数超过计划的，全部电脑随机录取。（示例数据）'
            : '小学毕业生按对口关系升入对口初中，九年一贯制学校小学部毕业生直升本校初中部；其余学生按学区就近入学。（示例数据）',
        consultationPhone: bureau.consultationPhone,
        supervisionPhone: bureau.supervisionPhone,
        petitionAddress: bureau.petitionAddress,
        sampleData: true,
      };
    });
  });
}

function body(stage: ZonedStage, year: number, districtName: string, bureau: Bureau, timetable: TimetablePhase[]): string {
  const who =
    stage === 'PRIMARY'
      ? `${year - 6}年9月1日至${year - 5}年8月31日出生、具有接受义务教育能力的适龄儿童`
      : `本区${year}年小学应届毕业生及符合条件的随迁子女`;
  const steps = timetable.map((t) => (t.startsOn === t.endsOn ? `${t.phase}（${t.startsOn}）` : `${t.phase}（${t.startsOn}至${t.endsOn}）`)).join('、');
  return [
    '【示例数据，非真实文件，仅供系统演示和测试】',
    `为做好${districtName}${year}年义务教育${STAGE_WORD[stage]}招生工作，依据《中华人民共和国义务教育法》及上级有关规定，结合本区实际，制定本方案。`,
    '一、招生原则。坚持免试就近入学，公办学校按学区（划片）招生，民办学校与公办学校同步招生；多校划片学区报名人数超过招生计划的，通过电脑派位确定录取学生。',
    `二、招生对象。${who}。`,
    `三、招生范围。各${STAGE_WORD[stage]}学区范围及四至见本区招生学区图，报名以学区为准。`,
    `四、招生程序与时间。${steps}。`,
    `五、咨询与监督。招生咨询电话${bureau.consultationPhone}，监督举报电话${bureau.supervisionPhone}，信访地址${bureau.petitionAddress}。`,
  ].join('\n');
}
