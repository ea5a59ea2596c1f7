import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { HttpSchoolRegister } from '../src/register/HttpSchoolRegister';
import { approve, BUREAU, IMPORT, publishSet, REVIEWER, squareZone, startCatchmentsServer } from './catchmentsServer';
import { startSchoolRegisterStub, type StubSchool } from './schoolRegisterStub';

const school = (id: string, name: string): StubSchool => ({ id, name, districtCode: '370812', stages: ['PRIMARY'], status: 'OPEN' });
const JIANGNING = school('3708120011', '兖州区江宁路小学');
const XIKANG = school('3708120012', '西康路小学');

const IMPORT_RULES = `mutation($input: CatchmentImportInput!) {
  importCatchments(input: $input) {
    accepted setId imported rules notes ignoredColumns
    problems { index name reason }
    ruleProblems { zone file row field line column text code blocking }
  }
}`;
const RULE = 'kind text note row field line column';
const ANSWER = `address road houseNumber gazetteerName shared claims { catchment { name geometry schools { id } } rule { ${RULE} } } excluded { catchment { name } rule { text } }`;
const GEOCODE = `query($text: String!, $year: Int) { geocode(text: $text, districtCode: "370812", year: $year, stage: PRIMARY) { byAddress { ${ANSWER} } } }`;
const LOCATE = `query($address: String, $year: Int) { locate(lng: 116.8, lat: 35.55, year: $year, stage: PRIMARY, address: $address) { matches { catchment { name } } byAddress { ${ANSWER} } } }`;
const COVERAGE = `query($id: ID!) { coverageReport(setId: $id) {
  ruleCoverage { textOnlyZones { catchment { name } rules roads places units exclusions gazetteerEntries } zonesWithRulesAndPolygon gazetteerEntries unclaimedGazetteerEntries }
  ruleConsistency { notes
    disagreements { name byRules { catchment { name } rule { text } } byPolygon { name } }
    rulesOutsidePolygon { name match { catchment { name } rule { text line column } } } }
} }`;

let register: Awaited<ReturnType<typeof startSchoolRegisterStub>>;
let harness: Awaited<ReturnType<typeof startCatchmentsServer>>;
beforeAll(async () => {
  register = await startSchoolRegisterStub([JIANGNING, XIKANG, school('3708120013', '光明小学')]);
  harness = await startCatchmentsServer({ schoolRegister: new HttpSchoolRegister(register.url) });
});
afterAll(async () => {
  await harness.stop();
  await register.stop();
});

const importZones = async (input: Record<string, unknown>) => {
  const res = await harness.client.request(IMPORT_RULES, { input: { districtCode: '370812', stage: 'PRIMARY', ...input } }, BUREAU);
  if (res.errors?.length) throw new Error(JSON.stringify(res.errors));
  return res.data!.importCatchments;
};
const importText = (year: number, text: string) => importZones({ year, format: 'BOUNDARY_TEXT', content: text });
/** Publishes and waits until this replica's index holds the new year. */
const publish = async (setId: string, year: number) => {
  const approved = await publishSet(harness.client, setId);
  for (let i = 0; i < 50; i++) {
    const res = await harness.client.request(`{ catchments(districtCode: "370812", year: ${year}, stage: PRIMARY) { id } }`);
    if (res.data?.catchments?.length) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return approved;
};

describe('address-rule zones', () => {
  it('when a GBK CSV 对口地段表 is imported, reviewed and published, then geocode and locate by address answer its school with the rule that matched, and the log holds the rules', async () => {
    const csv = [
      '2026年兖州区公办小学对口地段表,,,,,,',
      '学校,街道/镇,路名,门牌号/弄号,单双号,小区/村,备注',
      '兖州区江宁路小学,江宁路街道,江宁路,1-99号,单号,,',
      ',,昌平路,全部,,,',
      '西康路小学,江宁路街道,江宁路,2-98号,双号,,',
      ',,,,,武宁小区,',
    ].join('\r\n');
    const report = await importZones({ year: 2026, format: 'RULE_TABLE_CSV', contentEncoding: 'BASE64', content: iconv.encode(csv, 'gbk').toString('base64') });
    expect(report).toMatchObject({ accepted: true, imported: 2, rules: 4, ruleProblems: [], problems: [] });
    const approved = await publish(report.setId, 2026);

    const byGeocode = (await harness.client.request(GEOCODE, { text: '江宁路15号', year: 2026 })).data!.geocode.byAddress;
    expect(byGeocode).toMatchObject({ road: '江宁路', houseNumber: 15, shared: false, excluded: [] });
    expect(byGeocode.claims).toEqual([
      { catchment: { name: '兖州区江宁路小学', geometry: null, schools: [{ id: JIANGNING.id }] }, rule: expect.objectContaining({ kind: 'ROAD', text: expect.stringContaining('江宁路'), row: 3, field: '路名' }) },
    ]);
    const byLocate = (await harness.client.request(LOCATE, { address: '兖州区江宁路16号', year: 2026 })).data!.locate;
    expect(byLocate.matches).toEqual([]);
    expect(byLocate.byAddress.claims.map((c: any) => [c.catchment.schools[0].id, c.rule.row])).toEqual([[XIKANG.id, 5]]);

    const logged = await harness.client.request(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on PublicationLogEntry { catchmentsContent } } }`,
      { reps: [{ __typename: 'PublicationLogEntry', kind: 'ZONE_SET', recordId: approved.publishedRecordId, version: approved.publishedVersion }] },
    );
    const content = JSON.parse(logged.data!._entities[0].catchmentsContent);
    expect(content.zones.map((z: any) => [z.name, z.geometrySha256, z.rules.length]).sort()).toEqual([['兖州区江宁路小学', null, 2], ['西康路小学', null, 2]]);
  });

  it('when an .xlsx 对口地段表 has one bad row, then nothing is stored and the row and column are named', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('小学');
    sheet.addRows([
      ['学校', '街道/镇', '路名', '门牌号/弄号', '单双号', '小区/村', '备注'],
      ['西康路小学', '江宁路街道', '西康路', '1-120号', '全部', '', ''],
      ['西康路小学', '江宁路街道', '建设路', '2-88号', '东侧', '', ''],
    ]);
    const content = Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
    const before = await harness.database.connection.collection('zone_sets').countDocuments();
    const report = await importZones({ year: 2026, format: 'RULE_TABLE_XLSX', contentEncoding: 'BASE64', content });
    expect(report).toMatchObject({ accepted: false, setId: null, imported: 0 });
    expect(report.ruleProblems).toEqual([
      expect.objectContaining({ file: 'table.xlsx', row: 3, field: '单双号', text: '东侧', code: 'BAD_PARITY', blocking: true }),
    ]);
    expect(await harness.database.connection.collection('zone_sets').countDocuments()).toBe(before);
  });

  it('when a 四至 text names a school the register lacks or has an unreadable fragment, then each is reported by line and column and nothing is stored', async () => {
    const report = await importText(2026, '光明小学：光明村、幸福小区\n无名小学：建设路东侧');
    expect(report.accepted).toBe(false);
    expect(report.problems).toEqual([{ index: 1, name: '无名小学', reason: '学校「无名小学」不是本区名册中的学校；请核对名称，或在名称旁写上 10 位学校标识码' }]);
    expect(report.ruleProblems).toEqual([expect.objectContaining({ file: 'text', line: 2, column: 6, text: '建设路东侧', blocking: true })]);
  });

  it('when a text-only zone is drafted, then the coverage report counts it by rule', async () => {
    const report = await importText(2025, '光明小学：光明村、幸福小区；建设路1-99号（单号），除建设路1-9号外');
    expect(report).toMatchObject({ accepted: true, imported: 1, ruleProblems: [] });
    const res = await harness.client.request(COVERAGE, { id: report.setId }, BUREAU);
    expect(res.errors).toBeUndefined();
    expect(res.data!.coverageReport.ruleCoverage).toEqual({
      textOnlyZones: [{ catchment: { name: '光明小学' }, rules: 4, roads: 1, places: 2, units: 0, exclusions: 1, gazetteerEntries: 0 }],
      zonesWithRulesAndPolygon: 0,
      gazetteerEntries: null,
      unclaimedGazetteerEntries: [],
    });
  });

  it('when two zones claim one address, then both are returned, flagged shared', async () => {
    const report = await importText(2027, '兖州区江宁路小学：共享路1-99号\n西康路小学：共享路（单号）');
    expect(report).toMatchObject({ accepted: true, imported: 2 });
    await publish(report.setId, 2027);
    const answer = (await harness.client.request(GEOCODE, { text: '共享路7号', year: 2027 })).data!.geocode.byAddress;
    expect(answer.shared).toBe(true);
    expect(answer.claims.map((c: any) => [c.catchment.name, c.rule.text, c.rule.line])).toEqual([
      ['兖州区江宁路小学', '共享路1-99号', 1],
      ['西康路小学', '共享路（单号）', 2],
    ]);
    const even = (await harness.client.request(GEOCODE, { text: '共享路8号', year: 2027 })).data!.geocode.byAddress;
    expect(even).toMatchObject({ shared: false, claims: [{ catchment: { name: '兖州区江宁路小学' } }] });
  });

  it("when a zone's text names a place its polygon does not contain, then the coverage report lists the address and the rule", async () => {
    const gazetteer = await harness.client.request(
      `mutation($input: GazetteerImportInput!) { importGazetteer(input: $input) { accepted review { id } problems { row reason } } }`,
      { input: { districtCode: '370812', year: 2028, content: ['kind,name,lng,lat', 'COMPOUND,和平小区,116.73,35.51', 'COMPOUND,远方小区,116.95,35.65'].join('\n') } },
      BUREAU,
    );
    expect(gazetteer.data!.importGazetteer.accepted).toBe(true);
    await approve(harness.client, gazetteer.data!.importGazetteer.review.id, REVIEWER);
    const west = squareZone('西区', [JIANGNING.id], [116.7, 35.5, 116.72, 35.52]);
    const east = squareZone('东区', [XIKANG.id], [116.72, 35.5, 116.74, 35.52]);
    west.properties.boundaryText = '东至东区，西至城墙；包括和平小区';
    east.properties.boundaryText = '建设路';
    const report = await importZones({ year: 2028, readRules: true, content: JSON.stringify({ type: 'FeatureCollection', features: [west, east] }) });
    expect(report).toMatchObject({ accepted: true, imported: 2, rules: 2 });
    const res = await harness.client.request(COVERAGE, { id: report.setId }, BUREAU);
    expect(res.errors).toBeUndefined();
    const { ruleConsistency, ruleCoverage } = res.data!.coverageReport;
    expect(ruleConsistency.disagreements).toEqual([
      { name: '和平小区', byRules: [{ catchment: { name: '西区' }, rule: { text: '包括和平小区' } }], byPolygon: [{ name: '东区' }] },
    ]);
    expect(ruleConsistency.rulesOutsidePolygon).toEqual([
      { name: '和平小区', match: { catchment: { name: '西区' }, rule: { text: '包括和平小区', line: 1, column: 11 } } },
    ]);
    expect(ruleCoverage).toMatchObject({ zonesWithRulesAndPolygon: 2, gazetteerEntries: 2, unclaimedGazetteerEntries: ['远方小区'] });
  });
});
