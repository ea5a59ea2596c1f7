import { Alert, Descriptions, Spin } from 'antd';
import { errorText, label, useApiQuery } from '../../api';
import { BureauChangeItemsDocument, BureauPolicyDocumentsDocument, EnrolmentRulesChangesDocument, EnrolmentRulesInForceDocument, NamedListsInForceDocument, type ReviewQueueQuery } from '../../api/generated/graphql';
import { useClient } from '../../auth';
import { MaskablePeopleTable } from '../namedLists/MaskablePeopleTable';
import { NamedListEntriesTable } from '../namedLists/NamedListEntriesTable';
import { ComparisonTable } from './ComparisonTable';
import { enrolmentRulesComparison } from './enrolmentRulesComparison';
import { ImportRowsTable } from './ImportRowsTable';
import { namedListKeyParts } from './namedListKeyParts';

type BureauChange = NonNullable<ReviewQueueQuery['bureauChanges']>[number];

/** A bureau change's contents (what approving publishes) against the version in force. */
export function BureauChangeDetail({ change, districtCode }: { change: BureauChange; districtCode: string }) {
  if (change.kind === 'POLICY_DOCUMENT') return <PolicyDocumentChange change={change} districtCode={districtCode} />;
  if (change.kind === 'NAMED_LIST') return <NamedListChange change={change} />;
  if (change.kind === 'ENROLMENT_RULES') return <EnrolmentRulesChange change={change} districtCode={districtCode} />;
  if (change.kind === 'ADMISSION_RESULT' || change.kind === 'ENROLMENT_PLAN') return <ImportRowsTable changeId={change.id} kind={change.kind} />;
  return null;
}

/** Each year and stage the change publishes, against the rules in force for it (text changes highlighted). */
function EnrolmentRulesChange({ change, districtCode }: { change: BureauChange; districtCode: string }) {
  const client = useClient();
  const compared = useApiQuery(async () => {
    const waiting = (await client.request(EnrolmentRulesChangesDocument, { districtCode })).bureauChanges ?? [];
    const proposed = waiting.find((c) => c.id === change.id)?.enrolmentRules ?? [];
    return Promise.all(
      proposed.map(async (rules) => {
        const inForce = (await client.request(EnrolmentRulesInForceDocument, { districtCode, year: rules.year, stage: rules.stage })).enrolmentRules ?? [];
        return { rules, inForce: inForce.find((r) => r.status === 'PUBLISHED') ?? inForce[0] ?? null };
      }),
    );
  }, [client, change.id, districtCode]);
  if (compared.loading) return <Spin />;
  if (compared.error) return <Alert type="error" showIcon message={`读取招生方案失败：${errorText(compared.error)}`} />;
  return (
    <>
      {(compared.data ?? []).map(({ rules, inForce }) => (
        <div key={`${rules.year}:${rules.stage}`} style={{ marginBottom: 12 }}>
          {rules.correctionReason && <Alert type="info" showIcon style={{ marginBottom: 8 }} message={`${rules.year} 年${label(rules.stage)}：更正原因：${rules.correctionReason}`} />}
          <ComparisonTable
            inForceTitle={inForce ? `现行版本（${rules.year} 年${label(rules.stage)}，第 ${inForce.version} 版）` : `现行版本（${rules.year} 年${label(rules.stage)}，尚未公布）`}
            fields={enrolmentRulesComparison(rules, inForce)}
          />
        </div>
      ))}
    </>
  );
}

/**
 * A first publication shows the draft as submitted (nothing in force yet); an expiry, the document in
 * force and the new last day (in the summary) — the text is unchanged by an expiry.
 */
function PolicyDocumentChange({ change, districtCode }: { change: BureauChange; districtCode: string }) {
  const client = useClient();
  const docs = useApiQuery(async () => (await client.request(BureauPolicyDocumentsDocument, { districtCode })).policyDocuments, [client, districtCode]);
  if (docs.loading) return <Spin />;
  if (docs.error) return <Alert type="error" showIcon message={`读取政策文件失败：${errorText(docs.error)}`} />;
  const doc = docs.data?.find((d) => d.id === change.recordKey);
  if (!doc) return <Alert type="warning" showIcon message={`找不到政策文件 ${change.recordKey}`} />;
  const firstPublication = !doc.published;
  const pick = (published: boolean, value: string | null | undefined) => (published ? value : null);
  const fields = [
    { label: '文号', value: doc.documentNumber },
    { label: '标题', value: doc.title, text: true },
    { label: '发文机关', value: doc.issuer },
    { label: '照顾类别', value: doc.categories.map(label).join('、') },
    { label: '生效日期', value: doc.effectiveFrom },
    { label: '失效日期', value: doc.effectiveUntil ?? '长期有效' },
    { label: '正文', value: doc.body, text: true },
    { label: '解读', value: doc.interpretation, text: true },
    { label: '解读链接', value: doc.interpretationUrl },
  ];
  return (
    <>
      {!firstPublication && <Alert type="info" showIcon style={{ marginBottom: 8 }} message={`设定失效日期：${change.summary}。文件内容不变。`} />}
      <ComparisonTable
        inForceTitle={firstPublication ? '现行版本（尚未公布）' : `现行版本（第 ${doc.version} 版）`}
        fields={fields.map((f) => ({ label: f.label, inForce: pick(!firstPublication, f.value), submitted: f.value, text: f.text }))}
      />
    </>
  );
}

/**
 * A named list: the people submitted (`BureauChange.items`), and the list in force it would replace;
 * both masked as they would be published, full on request (显示完整, recorded by the service).
 */
function NamedListChange({ change }: { change: BureauChange }) {
  const client = useClient();
  const key = namedListKeyParts(change.recordKey);
  const inForce = useApiQuery(
    async () => {
      if (!key) return null;
      const lists = (await client.request(NamedListsInForceDocument, { districtCode: key.districtCode, year: key.year, kind: key.kind })).namedLists;
      return lists.find((l) => l.stage === key.stage && (l.school?.id ?? null) === key.schoolId) ?? null;
    },
    [client, change.recordKey],
  );
  if (!key) return null;
  if (inForce.loading) return <Spin />;
  if (inForce.error) return <Alert type="error" showIcon message={`读取现行名单失败：${errorText(inForce.error)}`} />;
  const list = inForce.data;
  return (
    <>
      <Descriptions size="small" bordered column={2} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="名单类型">{label(key.kind)}</Descriptions.Item>
        <Descriptions.Item label="学年、学段">{key.year} 年 {label(key.stage)}</Descriptions.Item>
        <Descriptions.Item label="本次提交">{change.summary}</Descriptions.Item>
        <Descriptions.Item label="现行版本">{list ? `第 ${list.version} 版：${list.title}，${list.entryCount} 人` : '尚未公示（首次公示）'}</Descriptions.Item>
      </Descriptions>
      <div className="submitted-people" style={{ marginBottom: 12 }}>
        <MaskablePeopleTable
          title="本次提交的名单"
          readKey={change.id}
          read={async (unmasked) => (await client.request(BureauChangeItemsDocument, { id: change.id, unmasked })).bureauChange?.items[0]?.entries ?? []}
        />
      </div>
      {list && (
        <div className="people-in-force">
          <NamedListEntriesTable listId={list.id} title={`现行名单（第 ${list.version} 版）`} />
        </div>
      )}
    </>
  );
}
