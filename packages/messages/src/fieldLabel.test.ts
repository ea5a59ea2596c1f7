import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, type InputObjectTypeDefinitionNode, type TypeNode } from 'graphql';
import { enumLabels } from './enumLabels';
import { fieldLabel } from './fieldLabel';

const SUPERGRAPH = path.resolve(__dirname, '../../../gateway/supergraph.graphql');

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

/** The enum types staff choose from in a form: every enum an input field takes. */
function inputEnumValues(): string[] {
  const definitions = parse(readFileSync(SUPERGRAPH, 'utf8')).definitions;
  const used = new Set(
    definitions.flatMap((d) => (d.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION && !d.name.value.startsWith('join__') && !d.name.value.startsWith('link__') ? (d.fields ?? []).map((f) => namedType(f.type)) : [])),
  );
  return definitions.flatMap((d) => (d.kind === Kind.ENUM_TYPE_DEFINITION && used.has(d.name.value) ? (d.values ?? []).map((v) => `${d.name.value}.${v.name.value}`) : []));
}

/** Every input field of the supergraph as a path an error would name: `input.admitted`, `input.explanation.text`. */
function inputFieldPaths(): string[] {
  const inputs = parse(readFileSync(SUPERGRAPH, 'utf8')).definitions.filter(
    (d): d is InputObjectTypeDefinitionNode => d.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION && !d.name.value.startsWith('join__') && !d.name.value.startsWith('link__'),
  );
  const parents = new Map<string, string[]>();
  for (const input of inputs) {
    for (const field of input.fields ?? []) parents.set(namedType(field.type), [...(parents.get(namedType(field.type)) ?? []), field.name.value]);
  }
  return inputs.flatMap((input) =>
    (input.fields ?? []).flatMap((field) => {
      const via = parents.get(input.name.value);
      return via ? via.map((parent) => `input.${parent}.${field.name.value}`) : [`input.${field.name.value}`];
    }),
  );
}

describe('fieldLabel', () => {
  it.each([
    ['input.admitted', '录取人数', 'Admitted'],
    ['input.rows[3].phone', '第4行「联系电话」', 'row 4, “Phone”'],
    ['rows[0].districtCode', '第1行「行政区划代码」', 'row 1, “District code”'],
    ['input.explanation.text', '说明内容', 'Explanation text'],
    ['input.preferential[1].count', '政策性照顾录取第2项「照顾录取人数」', 'Preferential admissions item 2, “Count”'],
    ['input.entries[0].name', '第1行「姓名」', 'row 1, “Name”'],
    ['location.lat', '纬度', 'Latitude'],
    ['rows[9]', '第10行', 'row 10'],
  ])('when the path is %s, then the user reads %s (English %s)', (p, zh, en) => {
    expect(fieldLabel(p)).toBe(zh);
    expect(fieldLabel(p, 'zh-CN')).toBe(zh);
    expect(fieldLabel(p, 'en')).toBe(en);
  });

  it.each(['input.noSuchField', 'rows[2].noSuchField', 'id where?', '', 'input.constructor', 'input'])(
    'when the path is %j, which has no label, then it comes back as is',
    (p) => {
      expect(fieldLabel(p)).toBe(p);
    },
  );

  it('when every input field of the supergraph is named, then each has a Chinese and an English label (names the ones missing)', () => {
    const paths = inputFieldPaths();
    expect(paths.length).toBeGreaterThan(70);
    const missing = paths.filter((p) => fieldLabel(p) === p || fieldLabel(p, 'en') === p);
    expect(missing).toEqual([]);
  });

  it('when a form offers the values of an enum input field, then each value has a Chinese label (names the ones missing)', () => {
    const values = inputEnumValues();
    expect(values).toEqual(expect.arrayContaining(['Stage.PRIMARY', 'Crs.GCJ02', 'DiscrepancyReason.UNDER_APPLIED']));
    expect(values.filter((v) => !Object.hasOwn(enumLabels, v.split('.')[1]!))).toEqual([]);
  });

  it('when the columns of the import rows are named, then each has a label', () => {
    const rowFields = [
      // register CSV (services/schools csvColumns) and its JSON rows
      'id', 'name', 'shortName', 'stages', 'ownership', 'districtCode', 'address', 'location.lng', 'location.lat', 'enquiryPhone',
      'supervisionPhone', 'petitionAddress', 'website', 'status', 'openedOn', 'closedOn', 'closureReason', 'sampleData', 'version',
      // gazetteer CSV
      'kind', 'aliases', 'from', 'to', 'parity', 'lng', 'lat', 'primaryZone', 'juniorZone',
      // admissions JSON rows: district rules, school rules, plans, results, transfers
      'title', 'documentNumber', 'issuedOn', 'body', 'interpretation', 'sourceUrl', 'interpretationUrl', 'eligibility', 'papers',
      'migrantEligibility', 'migrantPapers', 'timetable[0].phase', 'timetable[0].startsOn', 'timetable[0].endsOn', 'admissionMethod',
      'consultationPhone', 'rules', 'notes', 'plannedClasses', 'term', 'transfersIn[0].reason', 'transfersOut[1].count', 'correctionReason',
    ];
    expect(rowFields.filter((f) => fieldLabel(f) === f)).toEqual([]);
  });
});
