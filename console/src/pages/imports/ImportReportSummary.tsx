import { Alert, Button, Descriptions, Space, Table, Typography } from 'antd';
import { Link } from 'react-router';
import type { ImportKind } from './importKinds';
import { reviewLinkOf } from './reviewLinkOf';

/** Counts an import report may carry (each kind answers its own mutation's payload), in Chinese. */
const COUNT_LABELS: [string, string][] = [
  ['created', '新增'],
  ['updated', '修改'],
  ['unchanged', '与现行相同'],
  ['conflicted', '冲突暂缓'],
  ['imported', '导入'],
  ['rules', '地址规则'],
  ['version', '草稿版本'],
];

export interface RegisterConflict {
  row: number;
  schoolId: string;
  field: string;
  currentValue: string | null;
  fileValue: string | null;
  changedBy: string | null;
  reason: string;
  confirmed: boolean;
}

/** An accepted upload: what it did, its remarks, and where to go next (the review item or the draft). */
export function ImportReportSummary({ kind, report, onConfirmRows }: { kind: ImportKind; report: Record<string, unknown>; onConfirmRows?: (rows: number[]) => void }) {
  const next = reviewLinkOf(kind, report);
  const counts = COUNT_LABELS.filter(([key]) => typeof report[key] === 'number');
  const remarks = [...asStrings(report.warnings), ...asStrings(report.notes)];
  const conflicts = ((report.conflicts as RegisterConflict[] | undefined) ?? []).filter((c) => !c.confirmed);
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="upload-accepted">
      <Alert
        type="success"
        showIcon
        message={next ? '文件已通过检查并提交' : '文件已通过检查，内容与现行数据相同，无需审核'}
        description={
          next && (
            <span>
              {kind === 'zones' || kind === 'rules' ? '已保存为草稿学区方案' : '已提交审核，须由另一位工作人员审核通过后公开'}（{next.id}）。<Link to={next.to}>{next.label}</Link>
            </span>
          )
        }
      />
      {counts.length > 0 && (
        <Descriptions size="small" bordered column={4} items={counts.map(([key, label]) => ({ key, label, children: String(report[key]) }))} />
      )}
      {remarks.length > 0 && <Alert type="warning" message="提示" description={<ul style={{ margin: 0 }}>{remarks.map((r) => <li key={r}>{r}</li>)}</ul>} />}
      {conflicts.length > 0 && (
        <>
          <Typography.Text>以下行会覆盖导出名册后他人所做的修改，已暂缓。核对无误后可确认这些行并重新导入：</Typography.Text>
          <Table<RegisterConflict & { key: string }>
            size="small"
            pagination={false}
            dataSource={conflicts.map((c) => ({ ...c, key: `${c.row}:${c.field}` }))}
            columns={[
              { title: '行', dataIndex: 'row', width: 70 },
              { title: '学校标识码', dataIndex: 'schoolId', width: 120 },
              { title: '列', dataIndex: 'field', width: 120 },
              { title: '现行值', dataIndex: 'currentValue' },
              { title: '文件中的值', dataIndex: 'fileValue' },
              { title: '说明', dataIndex: 'reason' },
            ]}
          />
          {onConfirmRows && <Button onClick={() => onConfirmRows([...new Set(conflicts.map((c) => c.row))])}>确认以上各行并重新导入</Button>}
        </>
      )}
    </Space>
  );
}

function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
