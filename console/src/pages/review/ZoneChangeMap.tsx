import { Alert, Spin } from 'antd';
import { errorText, useApiQuery } from '../../api';
import { ZoneSetsOnMapDocument, type Stage } from '../../api/generated/graphql';
import { useClient } from '../../auth';
import { ZoneMap, ZoneMapLegend } from '../zones/ZoneMap';

/** A submitted zone set drawn over the set in force (dashed), on the 划片 page's map. */
export function ZoneChangeMap({ districtCode, year, stage, setId }: { districtCode: string; year: number; stage: Stage; setId: string }) {
  const client = useClient();
  const sets = useApiQuery(() => client.request(ZoneSetsOnMapDocument, { districtCode, year, stage, submittedSetId: setId }), [client, districtCode, year, stage, setId]);
  if (sets.loading) return <Spin />;
  if (sets.error || !sets.data) return <Alert type="error" showIcon message={`读取学区范围失败：${errorText(sets.error)}`} />;
  return (
    <div data-testid="zone-change-map">
      <ZoneMapLegend />
      <ZoneMap boundary={sets.data.district?.boundary ?? null} previous={sets.data.inForce ?? []} draft={sets.data.submitted?.catchments ?? []} gaps={[]} overlaps={[]} probe={null} />
    </div>
  );
}
