import { PageError } from './PageError';
import type { PublicConfig } from './PublicConfig';

/** Loads /config.json from the server that served the page (gateway URL, tiles, district). */
export async function fetchPublicConfig(): Promise<PublicConfig> {
  let response: Response;
  try {
    response = await fetch('/config.json', { headers: { accept: 'application/json' } });
  } catch {
    throw new PageError('无法读取页面配置 /config.json：与网站的连接中断，请刷新页面。');
  }
  if (!response.ok) throw new PageError(`无法读取页面配置 /config.json（HTTP ${response.status}），请稍后刷新。`);
  const config = (await response.json()) as PublicConfig;
  if (typeof config.gatewayUrl !== 'string' || typeof config.districtCode !== 'string') {
    throw new PageError('页面配置 /config.json 缺少 gatewayUrl 或 districtCode，请联系网站管理员。');
  }
  return config;
}
