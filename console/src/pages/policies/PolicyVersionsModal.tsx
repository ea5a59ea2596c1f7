import { Alert, Modal, Table, Tag } from 'antd';
import { beijingTime, errorText, useApiQuery } from '../../api';
import { PolicyVersionsDocument, type PolicyFieldsFragment } from '../../api/generated/graphql';
import { useClient } from '../../auth';

/** 版本: every published version of a document (policyDocumentVersions), newest first, with why it changed. */
export function PolicyVersionsModal({ doc, onClose }: { doc: PolicyFieldsFragment | null; onClose: () => void }) {
  const client = useClient();
  const versions = useApiQuery(async () => (doc ? (await client.request(PolicyVersionsDocument, { id: doc.id })).policyDocumentVersions : []), [client, doc?.id]);
  return (
    <Modal title={doc ? `版本记录：${doc.documentNumber}` : ''} open={Boolean(doc)} footer={null} width={760} onCancel={onClose} destroyOnHidden>
      {versions.error != null && <Alert type="error" showIcon role="alert" message={errorText(versions.error)} />}
      <Table
        size="small"
        rowKey="recordId"
        loading={versions.loading}
        pagination={false}
        dataSource={versions.data ?? []}
        columns={[
          { title: '版本', dataIndex: 'version', render: (v: number) => `第 ${v} 版` },
          { title: '状态', dataIndex: 'status', render: (s: string) => (s === 'PUBLISHED' ? <Tag color="success">现行</Tag> : <Tag>已被替代</Tag>) },
          { title: '有效期', key: 'dates', render: (_: unknown, v: { effectiveFrom: string; effectiveUntil?: string | null }) => `${v.effectiveFrom} 至 ${v.effectiveUntil ?? '长期'}` },
          { title: '公布时间', dataIndex: 'publishedAt', render: (t: string) => beijingTime(t) },
          { title: '更正原因', dataIndex: 'correctionReason', render: (c: string | null) => c ?? '—' },
        ]}
      />
    </Modal>
  );
}
