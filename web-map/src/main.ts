import 'leaflet/dist/leaflet.css';
import './style.css';
import { createMap } from './createMap';
import { fetchDistrictMap } from './fetchDistrictMap';
import { fetchPublicConfig } from './fetchPublicConfig';
import { isSampleData } from './isSampleData';
import { pageElement } from './pageElement';
import { renderBoundary } from './renderBoundary';
import { renderLegend } from './renderLegend';
import { renderSchools } from './renderSchools';
import { showError } from './showError';

async function start(): Promise<void> {
  const status = pageElement('status');
  renderLegend(pageElement('legend'));
  const config = await fetchPublicConfig();
  const districtMap = await fetchDistrictMap(config.gatewayUrl, config.districtCode);

  pageElement('district-name').textContent = districtMap.district.name;
  document.title = `${districtMap.district.name}学校分布 · 招生信息公开`;
  pageElement('sample-data').hidden = !isSampleData(districtMap);

  const map = createMap(pageElement('map'), config);
  const boundaryBounds = renderBoundary(map, districtMap.district);
  const schoolBounds = renderSchools(map, districtMap.schools, {
    list: pageElement<HTMLOListElement>('school-list'),
    count: pageElement('school-count'),
  });
  const bounds = boundaryBounds ?? schoolBounds;
  if (bounds) map.fitBounds(bounds, { padding: [16, 16], maxZoom: 16 });
  status.hidden = true;
}

start().catch((error: unknown) => {
  pageElement('status').hidden = true;
  showError(pageElement('page-error'), error);
});
