import { Supervisor } from '../scripts/Supervisor';

const node = process.execPath;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await wait(20);
  }
}

describe('Supervisor (npm start keeps its processes running)', () => {
  it('when one process crashes, then it is restarted with a doubling wait while the other keeps running', async () => {
    const lines: string[] = [];
    const supervisor = new Supervisor({ initialBackoffMs: 50, maxBackoffMs: 200, log: (line) => lines.push(line) });
    try {
      supervisor.start({ name: 'crasher', command: node, args: ['-e', 'process.exit(3)'], options: { stdio: 'ignore' } });
      supervisor.start({ name: 'steady', command: node, args: ['-e', 'setInterval(() => {}, 1000)'], options: { stdio: 'ignore' } });
      const steadyPid = supervisor.pid('steady');
      await until(() => (supervisor.restarts().crasher ?? 0) >= 3);
      expect(supervisor.pid('steady')).toBe(steadyPid);
      expect(supervisor.restarts().steady).toBe(0);
      expect(lines[0]).toMatch(/crasher exited \(3\).*restarting in 0\.1 s \(restart 1\)/);
      expect(lines[1]).toMatch(/restarting in 0\.1 s \(restart 2\)/);
      expect(lines[2]).toMatch(/restarting in 0\.2 s \(restart 3\)/);
    } finally {
      await supervisor.stop();
    }
  });

  it('when a process is killed from outside, then it comes back with a new pid; when the supervisor stops, then nothing restarts', async () => {
    const supervisor = new Supervisor({ initialBackoffMs: 50, log: () => {} });
    supervisor.start({ name: 'service', command: node, args: ['-e', 'setInterval(() => {}, 1000)'], options: { stdio: 'ignore' } });
    const first = supervisor.pid('service')!;
    process.kill(first, 'SIGKILL');
    await until(() => supervisor.pid('service') !== first && supervisor.restarts().service === 1);
    const second = supervisor.pid('service')!;
    await supervisor.stop();
    await wait(150);
    expect(supervisor.restarts().service).toBe(1);
    expect(() => process.kill(second, 0)).toThrow();
  });
});
