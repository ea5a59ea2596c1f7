import { Alert, Spin, Table, Tag } from 'antd';
import { errorText, useApiQuery } from '../../api';
import { ZoneSetFieldChangesDocument, ZoneSetsOfYearDocument, type Stage } from '../../api/generated/graphql';
import { useClient } from '../../auth';
import { TextDiff } from './TextDiff';

/**
 * What a submitted zone set changes in each zone's words against the set in force (zoneSetChanges:
 * 四至, address rules, schools, feeder schools, allocation), each with before and after; a zone only
 * re-worded is a change too. Nothing shows when no set of that year and stage is in force.
 */
export function ZoneFieldChanges({ districtCode, setId, year, stage }: { districtCode: string; setId: string; year: number; stage: Stage }) {
  const client = useClient();
  const changes = useApiQuery(async () => {
    const { zoneSets } = await client.request(ZoneSetsOfYearDocument, { districtCode, year, stage });
    const inForce = zoneSets.find((s) => s.status === 'PUBLISHED' && s.id !== setId);
    return inForce ? (await client.request(ZoneSetFieldChangesDocument, { fromSetId: inForce.id, toSetId: setId })).zoneSetChanges : null;
  }, [client, districtCode, setId, year, stage]);
  if (changes.loading) return <Spin />;
  if (changes.error) return <Alert type="error" showIcon message={`读取各学区的文字变化失败：${errorText(changes.error)}`} />;
  if (!changes.data) return null;
  const rows = changes.data.edited.flatMap((edit) => edit.changes.map((change) => ({ key: `${edit.after.name}:${change.field}`, zone: edit.after.name, ...change })));
  return (
    <Table
      size="small"
      style={{ marginTop: 12 }}
      title={() => `与现行方案相比，${changes.data!.edited.length} 个学区的文字、规则或学校有变化（${changes.data!.unchanged} 个学区完全未变）`}
      dataSource={rows}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      columns={[
        { title: '学区', dataIndex: 'zone' },
        { title: '项目', dataIndex: 'label' },
        {
          title: '变化（现行 → 拟发布）',
          render: (_, r) =>
            r.added.length || r.removed.length ? (
              <>
                {r.removed.map((x) => <Tag key={`-${x}`} color="error">删除 {x}</Tag>)}
                {r.added.map((x) => <Tag key={`+${x}`} color="success">新增 {x}</Tag>)}
              </>
            ) : (
              <TextDiff before={r.before} after={r.after} />
            ),
        },
      ]}
    />
  );
}
