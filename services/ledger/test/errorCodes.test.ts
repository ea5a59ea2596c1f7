import path from 'node:path';
import { readErrorTable } from '@zsgk/testkit';
import { errorCodes } from '../src/errorCodes';

it("when the README's error table is read, then it lists exactly the codes the service can return", () => {
  expect(readErrorTable(path.join(__dirname, '..', 'README.md')).sort()).toEqual(Object.keys(errorCodes).sort());
});
