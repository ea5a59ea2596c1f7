import type { ConsoleConfig } from './ConsoleConfig';

/** The console server's /config.json (the gateway's URL), read once when the page starts. */
export async function fetchConsoleConfig(): Promise<ConsoleConfig> {
  const response = await fetch('/config.json', { cache: 'no-cache' });
  if (!response.ok) throw new Error(`读取工作台配置失败（/config.json 返回 ${response.status}）`);
  return (await response.json()) as ConsoleConfig;
}
