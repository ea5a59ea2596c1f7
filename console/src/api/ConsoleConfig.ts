/** What the console server tells the page at GET /config.json. */
export interface ConsoleConfig {
  /** The gateway's base URL as the browser reaches it, e.g. http://localhost:4000 (no path). */
  gatewayUrl: string;
}

export async function fetchConsoleConfig(): Promise<ConsoleConfig> {
  const response = await fetch('/config.json', { cache: 'no-cache' });
  if (!response.ok) throw new Error(`读取工作台配置失败（/config.json 返回 ${response.status}）`);
  return (await response.json()) as ConsoleConfig;
}
