import { Alert, Table } from 'antd';
import { fieldLabel } from '@zsgk/messages';
import type { ReviewQueueQuery } from '../../api/generated/graphql';
import { TextDiff } from './TextDiff';

type RegisterChange = NonNullable<ReviewQueueQuery['registerChanges']>[number];

/** JSON values of the register diff as a reader sees them (strings without quotes, lists joined). */
function plain(json: string | null): string {
  if (json === null) return '';
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value === 'string') return value;
    if (Array.isArray(value)) return value.join('、');
    return value === null ? '' : JSON.stringify(value);
  } catch {
    return json;
  }
}

/** The register change's schools, field by field, the text changes highlighted. */
export function RegisterChangeDetail({ change }: { change: RegisterChange }) {
  const rows = change.changes.flatMap((school) =>
    school.fields.map((f) => ({ key: `${school.schoolId}:${f.field}`, schoolId: school.schoolId, row: school.row, isNew: school.baseVersion === null, ...f })),
  );
  return (
    <>
      {change.warnings.map((w) => (
        <Alert key={w} type="warning" showIcon message={w} style={{ marginBottom: 8 }} />
      ))}
      <Table
        size="small"
        rowKey="key"
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: '学校标识码', dataIndex: 'schoolId', render: (id: string, r) => `${id}${r.isNew ? '（新增）' : ''}` },
          { title: '文件行', dataIndex: 'row', render: (row: number | null) => row ?? '' },
          { title: '项目', dataIndex: 'field', render: (field: string) => fieldLabel(field) },
          { title: '现行', dataIndex: 'before', render: (v: string | null) => plain(v) || '—' },
          { title: '变更为', render: (_, r) => <TextDiff before={plain(r.before)} after={plain(r.after)} /> },
        ]}
      />
      {change.changeCount > change.changes.length && <Alert type="info" showIcon message={`共 ${change.changeCount} 所学校，以上列出前 ${change.changes.length} 所。`} />}
    </>
  );
}
