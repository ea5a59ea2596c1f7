import type { FragmentContext } from './parseRuleFragment';
import { parseRuleFragment } from './parseRuleFragment';
import { parseAddress } from './parseAddress';
import { matchAddress } from './matchAddress';

const context: FragmentContext = { subject: null, subdistrict: null, excluding: false, note: null };
const namesOf = (text: string) => parseRuleFragment(text, { file: 'text', line: 1, column: 1 }, context).rules.map((r) => (r.kind === 'ROAD' ? r.road : r.kind === 'PLACE' ? r.name : r.kind));

describe('parseRuleFragment leading words', () => {
  it('strips one introducing word only, so a name that begins with 和 keeps it (包括和平小区 is 和平小区, not 平小区)', () => {
    expect(namesOf('包括和平小区')).toEqual(['和平小区']);
    expect(namesOf('和平小区')).toEqual(['和平小区']);
    expect(namesOf('和平路1-99号')).toEqual(['和平路']);
  });

  it('still strips numbering and one introducing word', () => {
    expect(namesOf('包括幸福小区')).toEqual(['幸福小区']);
    expect(namesOf('1.包括幸福小区')).toEqual(['幸福小区']);
    expect(namesOf('以及光明村')).toEqual(['光明村']);
    expect(namesOf('含有光明村')).toEqual(['光明村']);
  });

  it('the 包括 rule claims the address 和平小区', () => {
    const rules = parseRuleFragment('包括和平小区', { file: 'text', line: 1, column: 11 }, context).rules;
    const match = matchAddress(parseAddress('和平小区'), [{ key: '西区', name: '西区', rules }]);
    expect(match.claims.map((c) => [c.zone.name, c.rule.text])).toEqual([['西区', '包括和平小区']]);
  });
});
