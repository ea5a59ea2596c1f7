import { PageError } from './PageError';
import type { PublicConfig } from './PublicConfig';

/** What a failure to read the settings says, in the page's language. */
export interface ConfigErrorTexts {
  unreachable: string;
  /** `{status}`: the HTTP status. */
  http: string;
  missing: string;
}

/**
 * Chinese, the site's default. The map page passes its catalogue's texts (English in English mode);
 * the open-data page keeps these, so it does not load the map page's catalogue (its first load stays small).
 */
const CHINESE: ConfigErrorTexts = {
  unreachable: '无法读取页面配置 /config.json：与网站的连接中断，请刷新页面。',
  http: '无法读取页面配置 /config.json（HTTP {status}），请稍后刷新。',
  missing: '页面配置 /config.json 缺少 gatewayUrl 或 districtCode，请联系网站管理员。',
};

/** Loads /config.json from the server that served the page (gateway URL, tiles, district). */
export async function fetchPublicConfig(texts: ConfigErrorTexts = CHINESE): Promise<PublicConfig> {
  let response: Response;
  try {
    response = await fetch('/config.json', { headers: { accept: 'application/json' } });
  } catch {
    throw new PageError(texts.unreachable);
  }
  if (!response.ok) throw new PageError(texts.http.replace('{status}', String(response.status)));
  const config = (await response.json()) as PublicConfig;
  if (typeof config.gatewayUrl !== 'string' || typeof config.districtCode !== 'string') {
    throw new PageError(texts.missing);
  }
  return config;
}
