import type { Metrics } from './Metrics';

interface CommandEvent {
  requestId: number;
  commandName: string;
  duration?: number;
  command?: Record<string, unknown>;
}

/** The driver's client (mongoose: `connection.getClient()`), opened with monitorCommands. */
export interface MonitoredClient {
  on(event: 'commandStarted' | 'commandSucceeded' | 'commandFailed', listener: (event: CommandEvent) => void): unknown;
}

/** Commands in flight remembered at most (a driver that never finishes some would otherwise grow this). */
const MAX_IN_FLIGHT = 10_000;

/** `uri` with the driver's command monitoring on (`monitorCommands=true`): needed before connecting. */
export function withCommandMonitoring(uri: string): string {
  if (/[?&]monitorCommands=/i.test(uri)) return uri;
  const [base, query] = uri.split('?', 2) as [string, string | undefined];
  const path = /^mongodb(\+srv)?:\/\/[^/]*$/.test(base) ? `${base}/` : base;
  return `${path}?${query ? `${query}&` : ''}monitorCommands=true`;
}

/**
 * Records every MongoDB command's round trip (as the driver timed it) in db_command_duration_seconds
 * by collection, command and outcome. The driver's command monitoring, not a mongoose plugin, so
 * native-collection reads (the publication log) are measured too.
 */
export function monitorDatabase(client: MonitoredClient, metrics: Metrics): void {
  const inFlight = new Map<number, { collection: string; command: string }>();
  client.on('commandStarted', (event) => {
    if (inFlight.size >= MAX_IN_FLIGHT) inFlight.clear();
    const target = event.command?.[event.commandName];
    inFlight.set(event.requestId, { collection: typeof target === 'string' ? target : '', command: event.commandName });
  });
  const finish = (outcome: 'ok' | 'error') => (event: CommandEvent) => {
    const started = inFlight.get(event.requestId);
    inFlight.delete(event.requestId);
    const labels = { collection: started?.collection ?? '', command: started?.command ?? event.commandName, outcome };
    metrics.dbDuration.observe(labels, (event.duration ?? 0) / 1000);
  };
  client.on('commandSucceeded', finish('ok'));
  client.on('commandFailed', finish('error'));
}
