import { Table } from 'antd';
import type { ReactNode } from 'react';
import { TextDiff } from './TextDiff';

/** One compared field: numbers side by side, or a text whose changes are highlighted. */
export interface ComparedField {
  label: string;
  inForce: string | number | null | undefined;
  submitted: string | number | null | undefined;
  /** Text: the submitted column highlights what changed against the version in force. */
  text?: boolean;
}

const shown = (value: string | number | null | undefined): ReactNode => (value === null || value === undefined || value === '' ? '—' : value);

/** 现行版本 | 本次提交, with changed rows marked (the bureau sees at a glance what would change). */
export function ComparisonTable({ fields, inForceTitle }: { fields: ComparedField[]; inForceTitle: string }) {
  return (
    <Table<ComparedField>
      size="small"
      pagination={false}
      rowKey="label"
      dataSource={fields}
      rowClassName={(f) => (String(f.inForce ?? '') !== String(f.submitted ?? '') ? 'changed-row' : '')}
      columns={[
        { title: '项目', dataIndex: 'label', width: 160 },
        { title: inForceTitle, render: (_, f) => shown(f.inForce) },
        {
          title: '本次提交',
          render: (_, f) => {
            const changed = String(f.inForce ?? '') !== String(f.submitted ?? '');
            if (f.text && changed) return <TextDiff before={String(f.inForce ?? '')} after={String(f.submitted ?? '')} />;
            return changed ? <strong>{shown(f.submitted)}（有变化）</strong> : shown(f.submitted);
          },
        },
      ]}
    />
  );
}
