import { Alert, Spin, Table, Tag, Typography } from 'antd';
import { errorText, label, useApiQuery } from '../../api';
import { BureauChangeItemsDocument, SchoolNamesByIdsDocument } from '../../api/generated/graphql';
import { useClient } from '../../auth';
import { importRowsComparison, type ComparedFigure, type ImportRowComparison } from './importRowsComparison';

const figureText = (value: number | null | undefined) => (value === null || value === undefined ? '—' : String(value));

/** A figure as submitted; where a version is in force and the figure differs, the one in force beside it. */
function Figure({ figure }: { figure: ComparedFigure }) {
  if (figure.inForce === undefined || figure.inForce === figure.submitted) return <>{figureText(figure.submitted)}</>;
  return (
    <span className="changed-figure">
      <strong>{figureText(figure.submitted)}</strong>（现行 {figureText(figure.inForce)}）
    </span>
  );
}

/**
 * The rows of a result or plan import as they will be published (`BureauChange.items`), one per
 * school, year, stage and round: new or the version it corrects, each figure beside the one in force,
 * and the correction reason.
 */
export function ImportRowsTable({ changeId, kind }: { changeId: string; kind: string }) {
  const client = useClient();
  const rows = useApiQuery(async () => {
    const change = (await client.request(BureauChangeItemsDocument, { id: changeId, unmasked: false })).bureauChange;
    const compared = importRowsComparison(kind, change?.items ?? []) ?? [];
    const ids = [...new Set(compared.map((r) => r.schoolId))].filter((id) => /^\d{10}$/.test(id));
    const names = new Map<string, string>();
    for (let i = 0; i < ids.length; i += 500) {
      const page = await client.request(SchoolNamesByIdsDocument, { ids: ids.slice(i, i + 500) });
      for (const school of page.schools?.nodes ?? []) names.set(school.id, school.name);
    }
    return compared.map((r) => ({ ...r, schoolName: names.get(r.schoolId) ?? null }));
  }, [client, changeId, kind]);
  if (rows.loading && !rows.data) return <Spin />;
  if (rows.error) return <Alert type="error" showIcon role="alert" message={`读取导入明细失败：${errorText(rows.error)}`} />;
  const figures = rows.data?.[0]?.figures ?? [];
  return (
    <Table<ImportRowComparison & { schoolName: string | null }>
      size="small"
      className="import-rows"
      rowKey="recordKey"
      dataSource={rows.data ?? []}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: true }}
      columns={[
        { title: '学校', dataIndex: 'schoolId', render: (id: string, r) => (r.schoolName ? <>{r.schoolName}<br /><Typography.Text type="secondary">{id}</Typography.Text></> : id) },
        { title: '学年、学段', render: (_, r) => `${r.year} 年 ${label(r.stage)}${r.round ? ` 第 ${r.round} 轮` : ''}` },
        { title: '版本', render: (_, r) => (r.replacesVersion ? <Tag color="orange">更正第 {r.replacesVersion} 版</Tag> : <Tag color="blue">新增</Tag>) },
        ...figures.map((f, i) => ({ title: f.label, key: f.field, render: (_: unknown, r: ImportRowComparison & { schoolName: string | null }) => <Figure figure={r.figures[i]!} /> })),
        { title: '更正原因', dataIndex: 'correctionReason', render: (v: string | null) => v ?? '—' },
      ]}
    />
  );
}
