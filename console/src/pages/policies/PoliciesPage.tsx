import { PlusOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Card, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { errorText, label, useApiQuery } from '../../api';
import { BureauPolicyDocumentsDocument, PublishPolicyDocumentDocument, type PolicyFieldsFragment } from '../../api/generated/graphql';
import { useAccount, useClient } from '../../auth';
import { PageTitle } from '../school/PageTitle';
import { ExpiryModal } from './ExpiryModal';
import { PolicyDocumentModal } from './PolicyDocumentModal';
import { PolicyVersionsModal } from './PolicyVersionsModal';
import { pendingChangeOf, policyGroup, POLICY_GROUP_LABELS, type PolicyGroup } from './policyGroup';

const STATUS_COLOURS: Record<string, string> = { IN_FORCE: 'success', NOT_YET_IN_FORCE: 'processing', EXPIRED: 'default', DRAFT: 'warning' };

/**
 * 政策文件: the district's policy documents behind preferential admissions (政策性照顾), in force, expired
 * (已失效, never deleted) and drafts. A draft is created and edited here, then 提交发布 sends it for a
 * second officer's review; once published it is never edited: 设置失效 submits its last day in force,
 * with the reason, for review too. 版本 lists every published version.
 */
export function PoliciesPage() {
  const client = useClient();
  const { districtCode } = useAccount();
  const { message } = AntApp.useApp();
  const docs = useApiQuery(async () => client.request(BureauPolicyDocumentsDocument, { districtCode }), [client, districtCode]);
  const [group, setGroup] = useState<PolicyGroup>('IN_FORCE');
  const [editing, setEditing] = useState<{ draft: PolicyFieldsFragment | null } | null>(null);
  const [expiring, setExpiring] = useState<PolicyFieldsFragment | null>(null);
  const [viewing, setViewing] = useState<PolicyFieldsFragment | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  const all = docs.data?.policyDocuments ?? [];
  const changes = docs.data?.bureauChanges;
  const counts = (g: PolicyGroup) => all.filter((d) => policyGroup(d) === g).length;

  const publish = async (doc: PolicyFieldsFragment) => {
    setBusyId(doc.id);
    setError(null);
    try {
      await client.request(PublishPolicyDocumentDocument, { id: doc.id });
      message.success(`${doc.documentNumber} 已提交发布，须由本区另一名工作人员审核通过后公布`);
      docs.reload();
    } catch (caught) {
      setError(`${doc.documentNumber}：${errorText(caught)}`);
    } finally {
      setBusyId(null);
    }
  };

  const actions = (doc: PolicyFieldsFragment) => {
    const pending = pendingChangeOf(changes, doc.id);
    if (pending) return <Tag color="processing">待审核</Tag>;
    if (!doc.published) {
      return (
        <Space>
          <Button size="small" onClick={() => setEditing({ draft: doc })} aria-label={`编辑 ${doc.documentNumber}`}>编辑</Button>
          <Button size="small" type="primary" loading={busyId === doc.id} onClick={() => void publish(doc)} aria-label={`提交发布 ${doc.documentNumber}`}>提交发布</Button>
        </Space>
      );
    }
    return (
      <Space>
        {policyGroup(doc) === 'IN_FORCE' && <Button size="small" onClick={() => setExpiring(doc)} aria-label={`设置失效 ${doc.documentNumber}`}>设置失效</Button>}
        <Button size="small" onClick={() => setViewing(doc)} aria-label={`版本记录 ${doc.documentNumber}`}>版本</Button>
      </Space>
    );
  };

  return (
    <Card>
      <PageTitle title="政策文件">
        政策性照顾入学所依据的文件。草稿保存后“提交发布”，经本区另一名工作人员审核通过才公布；学校填报录取数据时只能引用已公布且在招生期内有效的文件。已公布的文件不再修改，停止执行时“设置失效”（同样经审核），失效后仍保留可查，标注“已失效”。
      </PageTitle>
      <Space style={{ marginBottom: 16 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ draft: null })}>新建政策文件</Button>
      </Space>
      {docs.error != null && <Alert type="error" showIcon role="alert" message={errorText(docs.error)} style={{ marginBottom: 16 }} />}
      {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginBottom: 16 }} closable onClose={() => setError(null)} />}
      <Tabs
        activeKey={group}
        onChange={(key) => setGroup(key as PolicyGroup)}
        items={(['IN_FORCE', 'EXPIRED', 'DRAFT'] as const).map((g) => ({ key: g, label: `${POLICY_GROUP_LABELS[g]}（${counts(g)}）` }))}
      />
      <Table
        rowKey="id"
        size="middle"
        loading={docs.loading}
        dataSource={all.filter((d) => policyGroup(d) === group)}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        // The table's own placeholder grey fails AA contrast (axe); the secondary-text colour passes.
        locale={{ emptyText: <Typography.Text type="secondary">没有{POLICY_GROUP_LABELS[group]}的文件</Typography.Text> }}
        columns={[
          { title: '文号', dataIndex: 'documentNumber' },
          { title: '标题', dataIndex: 'title' },
          { title: '发文机关', dataIndex: 'issuer' },
          { title: '适用类别', dataIndex: 'categories', render: (cs: string[]) => cs.map((c) => label(c)).join('、') },
          { title: '有效期', key: 'dates', render: (_: unknown, d: PolicyFieldsFragment) => `${d.effectiveFrom} 至 ${d.effectiveUntil ?? '长期'}` },
          {
            title: '状态', key: 'status',
            render: (_: unknown, d: PolicyFieldsFragment) => (
              <Space size={4} wrap>
                <Tag color={STATUS_COLOURS[d.status]}>{d.published ? d.statusLabel : '草稿（未发布）'}</Tag>
                {d.published && d.version > 1 && <Tag>第 {d.version} 版</Tag>}
                {!d.interpretation && !d.interpretationUrl && !d.published && <Tag color="warning">缺政策解读</Tag>}
              </Space>
            ),
          },
          { title: '操作', key: 'actions', render: (_: unknown, d: PolicyFieldsFragment) => actions(d) },
        ]}
      />
      <PolicyDocumentModal
        open={editing !== null}
        draft={editing?.draft ?? null}
        onClose={() => setEditing(null)}
        onSaved={() => {
          message.success('草稿已保存，尚未提交发布');
          setEditing(null);
          setGroup('DRAFT');
          docs.reload();
        }}
      />
      <ExpiryModal
        doc={expiring}
        onClose={() => setExpiring(null)}
        onSubmitted={() => {
          message.success('失效日期已提交审核，须由本区另一名工作人员审核通过后生效');
          setExpiring(null);
          docs.reload();
        }}
      />
      <PolicyVersionsModal doc={viewing} onClose={() => setViewing(null)} />
    </Card>
  );
}
