import type { District, DistrictMap, MapSchool } from './DistrictMap';
import { PageError } from './PageError';

/** Largest page the gateway serves; a district this size is shown with a note (see renderSchools). */
export const SCHOOL_LIMIT = 500;

export const DISTRICT_MAP_QUERY = `query DistrictMap($districtCode: String!) {
  district(code: $districtCode) { code name sampleData boundary }
  schools(filter: { districtCode: $districtCode }, first: ${SCHOOL_LIMIT}) {
    nodes { id name shortName stages ownership address enquiryPhone location { lng lat } sampleData }
  }
}`;

interface GraphqlAnswer {
  data?: { district: District | null; schools: { nodes: MapSchool[] } | null } | null;
  errors?: { message: string }[];
}

const TIMEOUT_MS = 15_000;

/** Asks the gateway for one district's outline and schools. Every failure is a PageError naming the gateway. */
export async function fetchDistrictMap(gatewayUrl: string, districtCode: string): Promise<DistrictMap> {
  let response: Response;
  try {
    response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: DISTRICT_MAP_QUERY, variables: { districtCode } }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    const what = error instanceof DOMException && error.name === 'TimeoutError' ? `${TIMEOUT_MS / 1000} 秒内没有响应` : '无法连接';
    throw new PageError(`数据服务 ${gatewayUrl} ${what}。请稍后刷新；如仍无法使用，请联系区教育局。`);
  }

  // GraphQL servers answer bad requests with a 4xx and an errors list, so read the body before the status.
  const answer = (await response.json().catch(() => ({}))) as GraphqlAnswer;
  if (answer.errors?.length) {
    throw new PageError(`数据服务 ${gatewayUrl} 返回错误：${answer.errors.map((e) => e.message).join('；')}`);
  }
  if (!response.ok || !answer.data) {
    throw new PageError(`数据服务 ${gatewayUrl} 返回 HTTP ${response.status}，没有数据。请稍后刷新。`);
  }
  const { district, schools } = answer.data;
  if (!district) throw new PageError(`没有找到行政区划代码为 ${districtCode} 的区县。`);
  return { district, schools: schools?.nodes ?? [] };
}
