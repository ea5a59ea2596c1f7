import { Alert, Button, Spin, Table, Tag } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { errorText, useApiQuery } from '../../api';
import { ZonesInForceDocument, type ReviewQueueQuery } from '../../api/generated/graphql';
import { useClient } from '../../auth';
import { TextDiff } from './TextDiff';
import { ZoneFieldChanges } from './ZoneFieldChanges';

type CatchmentChange = NonNullable<ReviewQueueQuery['catchmentChanges']>[number];

// Leaflet loads only when an officer asks for the map, not with every page of the console.
const ZoneChangeMap = lazy(async () => ({ default: (await import('./ZoneChangeMap')).ZoneChangeMap }));

/**
 * A submitted zone set against the set in force for its year and stage, zone by zone (matched by
 * name): added, removed, and the boundary description's changes highlighted; on request, the two sets
 * drawn one over the other.
 */
export function CatchmentChangeDetail({ change, districtCode }: { change: CatchmentChange; districtCode: string }) {
  const client = useClient();
  const [mapShown, setMapShown] = useState(false);
  const set = change.zoneSet;
  const inForce = useApiQuery(
    async () => (set ? (await client.request(ZonesInForceDocument, { districtCode, year: set.year, stage: set.stage })).catchments : []),
    [client, set?.id, districtCode],
  );
  if (!set) return null;
  if (inForce.loading) return <Spin />;
  if (inForce.error) return <Alert type="error" showIcon message={`读取现行划片失败：${errorText(inForce.error)}`} />;
  const before = new Map((inForce.data ?? []).map((z) => [z.name, z.boundaryText ?? '']));
  const after = new Map(set.catchments.map((z) => [z.name, z.boundaryText ?? '']));
  const names = [...new Set([...after.keys(), ...before.keys()])];
  const rows = names.map((name) => ({ name, before: before.get(name), after: after.get(name) }));
  return (
    <>
      <Table
        size="small"
        rowKey="name"
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: '学区', dataIndex: 'name' },
          {
            title: '变化',
            render: (_, r) =>
              r.before === undefined ? <Tag color="success">新增</Tag> : r.after === undefined ? <Tag color="error">删除</Tag> : r.before === r.after ? '未变' : <Tag color="warning">范围描述有变化</Tag>,
          },
          { title: '范围描述（与现行比较）', render: (_, r) => <TextDiff before={r.before} after={r.after} /> },
        ]}
      />
      <ZoneFieldChanges districtCode={districtCode} setId={set.id} year={set.year} stage={set.stage} />
      {mapShown ? (
        <Suspense fallback={<Spin />}>
          <ZoneChangeMap districtCode={districtCode} year={set.year} stage={set.stage} setId={set.id} />
        </Suspense>
      ) : (
        <Button onClick={() => setMapShown(true)} style={{ marginTop: 12 }}>
          在地图上与现行学区对比
        </Button>
      )}
    </>
  );
}
