import { Alert, Card, Col, Form, Input, InputNumber, Row, Select, Table } from 'antd';
import { beijingToday, label, schoolYearOf } from '../../api';
import { SaveTransferReportDocument, TransferReportVersionsDocument, type Term, type TransferReason } from '../../api/generated/graphql';
import { useClient } from '../../auth';
import { PageTitle } from './PageTitle';
import { selectRequired } from './selectRequired';
import { SaveButtons } from './SaveButtons';
import { SubmissionStatusAlert } from './SubmissionStatusAlert';
import { useSaveSubmission } from './useSaveSubmission';
import { useRecordForm } from './useRecordForm';
import { useSchool } from './useSchool';

const REASONS: TransferReason[] = ['FAMILY_MOVE', 'PARENT_JOB', 'HUKOU_CHANGE', 'HEALTH', 'RETURN_TO_HOMETOWN', 'OTHER'];

interface TransferValues {
  year: number;
  term: Term;
  /** Counts by reason. */
  transfersIn: Partial<Record<TransferReason, number | null>>;
  transfersOut: Partial<Record<TransferReason, number | null>>;
  correctionReason?: string;
}

const byReason = (counts: readonly { reason: TransferReason; count: number }[] | undefined) =>
  Object.fromEntries((counts ?? []).map((c) => [c.reason, c.count])) as Partial<Record<TransferReason, number>>;
const asCounts = (counts: TransferValues['transfersIn']) =>
  REASONS.filter((r) => (counts[r] ?? 0) > 0).map((reason) => ({ reason, count: counts[reason]! }));

/** 转学情况: pupils who transferred in and out during a term, by reason; reported every term. */
export function TransfersPage() {
  const client = useClient();
  const school = useSchool();
  const [form] = Form.useForm<TransferValues>();
  const currentYear = schoolYearOf(beijingToday());
  const year = Form.useWatch('year', form) ?? currentYear;
  const term = Form.useWatch('term', form) ?? 'AUTUMN';

  const record = useRecordForm({
    kind: 'TRANSFER',
    matches: (s) => s.year === year && s.transfer?.term === term,
    loadPublished: async () => {
      if (!school.schoolId) return null;
      const versions = await client.request(TransferReportVersionsDocument, { schoolId: school.schoolId, year, term });
      return versions.transferReportVersions.find((t) => t.status === 'PUBLISHED') ?? null;
    },
    deps: [client, school.schoolId, year, term],
    prefill: (open, published) => {
      const from = open?.transfer ?? published;
      form.setFieldsValue({ transfersIn: byReason(from?.transfersIn), transfersOut: byReason(from?.transfersOut), correctionReason: open?.correctionReason ?? undefined });
    },
  });
  const { open } = record;

  const save = useSaveSubmission(
    form,
    async (submit) => {
      const values = form.getFieldsValue(true) as TransferValues;
      const input = {
        districtCode: school.districtCode,
        schoolId: school.schoolId,
        year: values.year,
        term: values.term,
        transfersIn: asCounts(values.transfersIn ?? {}),
        transfersOut: asCounts(values.transfersOut ?? {}),
        correctionReason: values.correctionReason?.trim() || null,
      };
      return (await client.request(SaveTransferReportDocument, { input, submit })).saveTransferReport;
    },
    record.reload,
  );
  const { locked, loading } = record;

  return (
    <Card>
      <PageTitle title="转学情况">每学期填报一次本校转入、转出学生人数，按原因分列；没有的填 0 或留空。</PageTitle>
      <SubmissionStatusAlert submission={open} />
      {save.error && <Alert type="error" showIcon role="alert" message={save.error} style={{ marginBottom: 16 }} />}
      <Form<TransferValues> form={form} layout="vertical" initialValues={{ year: currentYear, term: 'AUTUMN', transfersIn: {}, transfersOut: {} }} onFinish={() => save.run(true)} disabled={locked || loading}>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item label="学年（按秋季学期所在年份）" name="year" rules={[{ required: true, message: '请填写学年' }]}>
              <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label="学期" name="term" rules={[selectRequired('请选择学期')]}>
              <Select options={(['AUTUMN', 'SPRING'] as const).map((t) => ({ value: t, label: label(t) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Table
          size="small"
          pagination={false}
          rowKey="reason"
          style={{ marginBottom: 16 }}
          dataSource={REASONS.map((reason) => ({ reason }))}
          columns={[
            { title: '转学原因', dataIndex: 'reason', render: (r: TransferReason) => label(r) },
            {
              title: '转入人数',
              render: (_: unknown, row: { reason: TransferReason }) => (
                <Form.Item name={['transfersIn', row.reason]} noStyle>
                  <InputNumber min={0} max={10000} aria-label={`转入人数：${label(row.reason)}`} />
                </Form.Item>
              ),
            },
            {
              title: '转出人数',
              render: (_: unknown, row: { reason: TransferReason }) => (
                <Form.Item name={['transfersOut', row.reason]} noStyle>
                  <InputNumber min={0} max={10000} aria-label={`转出人数：${label(row.reason)}`} />
                </Form.Item>
              ),
            },
          ]}
        />
        {(record.published || open?.correctionReason) && (
          <Form.Item label="更正原因" name="correctionReason" extra={`本学期转学情况已公布（第 ${record.published?.version ?? ''} 版）；修改须说明原因。`}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        )}
        <SaveButtons busy={save.busy} locked={locked} onSaveDraft={() => void save.run(false)} />
      </Form>
    </Card>
  );
}
