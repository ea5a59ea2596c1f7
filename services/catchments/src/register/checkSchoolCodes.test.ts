import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkSchoolCodes } from './checkSchoolCodes';
import { HttpSchoolRegister } from './HttpSchoolRegister';

/** A loopback port nothing listens on any more. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('checkSchoolCodes', () => {
  it('when no register is configured, then codes are not checked and the note says why', async () => {
    expect(await checkSchoolCodes(null, '370812', ['3708120001'])).toEqual({
      checked: false,
      unknown: new Set(),
      note: 'school codes were not checked: no school register (SCHOOLS_URL) is configured',
    });
  });

  it('when the register cannot be reached, then codes are not checked, nothing is refused, and the note names the register', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/graphql`;
    const result = await checkSchoolCodes(new HttpSchoolRegister(url, 2_000), '370812', ['3708120001']);
    expect(result.checked).toBe(false);
    expect(result.unknown.size).toBe(0);
    expect(result.note).toBe(`school codes were not checked: the school register at ${url} could not be reached (fetch failed)`);
  });
});
