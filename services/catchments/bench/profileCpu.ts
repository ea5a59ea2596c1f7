import { Session } from 'node:inspector/promises';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}

/**
 * Samples this process's CPU (V8 profiler via node:inspector) while `during` runs, and returns
 * where the self time went, grouped by npm package (or Node internals, GC, our own files), as
 * shares of the non-idle samples, largest first; and the top functions by self time.
 */
export async function profileCpu(during: () => Promise<unknown>): Promise<{ busyShare: number; top: { where: string; share: number }[]; functions: { where: string; share: number }[] }> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 500 });
  await session.post('Profiler.start');
  try {
    await during();
  } finally {
    var { profile } = (await session.post('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[] } };
    session.disconnect();
  }
  const bucketOf = new Map(profile.nodes.map((node) => [node.id, bucket(node.callFrame)]));
  const counts = new Map<string, number>();
  for (const id of profile.samples) {
    const where = bucketOf.get(id)!;
    counts.set(where, (counts.get(where) ?? 0) + 1);
  }
  const idle = counts.get('(idle)') ?? 0;
  const busy = profile.samples.length - idle;
  counts.delete('(idle)');
  const top = [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 14)
    .map(([where, n]) => ({ where, share: n / Math.max(1, busy) }));
  const functionOf = new Map(profile.nodes.map((node) => [node.id, `${node.callFrame.functionName || '(anonymous)'} [${bucket(node.callFrame)}]`]));
  const byFunction = new Map<string, number>();
  for (const id of profile.samples) {
    if (bucketOf.get(id) === '(idle)') continue;
    const where = functionOf.get(id)!;
    byFunction.set(where, (byFunction.get(where) ?? 0) + 1);
  }
  const functions = [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([where, n]) => ({ where, share: n / Math.max(1, busy) }));
  return { busyShare: busy / Math.max(1, profile.samples.length), top, functions };
}

function bucket({ functionName, url }: { functionName: string; url: string }): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native/V8)';
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + '/node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0] === 'internal' ? url.slice(5).split('/').slice(1, 2).join('') || 'internal' : url.slice(5)}`;
  const match = /\/(services|packages|gateway)\/([^/]+)\//.exec(url);
  return match ? `${match[1]}/${match[2]}` : url;
}
