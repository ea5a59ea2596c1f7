import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startSystem } from '../../test/support/startSystem';

/**
 * What both upload test files share: the real system (four subgraphs, gateway, embedded database)
 * with district 370812's boundary and one registered school, each approved by a second officer,
 * and a multipart sender. uploadsRouterOnItsOwnApp.test.ts mounts the router on a small app of its
 * own; uploadsThroughGateway.test.ts sends to the gateway's own /upload.
 */
export const DISTRICT = '370812';
export const SCHOOL = '3708120001';
export const CLERK = { role: 'BUREAU', subject: 'yz-clerk', districtCode: DISTRICT } as const;
export const REVIEWER = { role: 'BUREAU', subject: 'yz-reviewer', districtCode: DISTRICT } as const;

export const REGISTER_HEADER = '学校标识码,学校名称,学段,办学性质,地址,经度,纬度,招生咨询电话,监督举报电话,信访接待地址';
export const registerRow = (id: string, name: string, ownership = '公办') => `${id},${name},小学,${ownership},建设路${id.slice(-2)}号,116.79,35.55,0537-3412345,0537-3419999,教育局信访室`;

export type UploadsSystem = Awaited<ReturnType<typeof startUploadsSystem>>;

/** Starts the system and registers the district's boundary and school SCHOOL (both approved). */
export async function startUploadsSystem() {
  const system = await startSystem();
  const clerk = await system.token(CLERK);
  const reviewer = await system.token(REVIEWER);
  async function gql(query: string, variables: Record<string, unknown>, token: string) {
    const res = await system.gateway.request(query, variables, undefined, { authorization: `Bearer ${token}` });
    if (res.errors?.length) throw new Error(JSON.stringify(res.errors));
    return Object.values(res.data!)[0] as any;
  }

  // The district's boundary and one registered school, each approved by a second officer.
  const all = JSON.parse(readFileSync(path.join(__dirname, '../../data/district-boundaries/jining-370800-gcj02.geojson'), 'utf8'));
  const feature = all.features.find((f: any) => String(f.properties.adcode) === DISTRICT);
  const boundary = await gql('mutation($input: DistrictImportInput!) { importDistrictBoundary(input: $input) { review { id } } }', {
    input: { districtCode: DISTRICT, crs: 'GCJ02', contact: { department: '兖州区教育和体育局' }, content: JSON.stringify({ type: 'FeatureCollection', features: [feature] }) },
  }, clerk);
  await gql('mutation($id: ID!) { approveCatchmentChange(id: $id) { id } }', { id: boundary.review.id }, reviewer);
  const school = await gql('mutation($input: SchoolInput!) { createSchool(input: $input) { change { id } } }', {
    input: {
      id: SCHOOL, name: '兖州区实验小学', stages: ['PRIMARY'], ownership: 'PUBLIC', districtCode: DISTRICT, address: '建设路1号',
      location: { lng: 116.79, lat: 35.55 }, enquiryPhone: '0537-3412345', supervisionPhone: '0537-3419999', petitionAddress: '教育局信访室',
    },
  }, clerk);
  await gql('mutation($id: ID!) { approveRegisterChange(id: $id) { id } }', { id: school.change.id }, reviewer);
  return { system, clerk, reviewer, gql };
}

/** POSTs one file (and text fields) as multipart/form-data to `<baseUrl>/upload/<kind>`. */
export async function sendUpload(baseUrl: string, kind: string, file: Buffer, fileName: string, fields: Record<string, string>, token: string) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('file', new Blob([file]), fileName);
  const res = await fetch(`${baseUrl}/upload/${kind}`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  return { status: res.status, body: (await res.json()) as any };
}
