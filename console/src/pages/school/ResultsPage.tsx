import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Form, Input, InputNumber, Row, Select, Space, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { beijingToday, label, schoolYearOf, useApiQuery } from '../../api';
import {
  AdmissionResultVersionsDocument,
  EnrolmentPlanVersionsDocument,
  PolicyDocumentsDocument,
  SaveAdmissionResultDocument,
  type AdmissionResultInput,
  type DiscrepancyReason,
  type PreferenceCategory,
  type Stage,
} from '../../api/generated/graphql';
import { useClient } from '../../auth';
import { explanationProblem } from './explanationProblem';
import { PageTitle } from './PageTitle';
import { selectRequired } from './selectRequired';
import { SaveButtons } from './SaveButtons';
import { SubmissionStatusAlert } from './SubmissionStatusAlert';
import { useSaveSubmission } from './useSaveSubmission';
import { useRecordForm } from './useRecordForm';
import { useSchool } from './useSchool';

const REASONS: DiscrepancyReason[] = ['UNDER_APPLIED', 'OVER_APPLIED_LOTTERY', 'POLICY_PREFERENCE', 'OTHER'];
const CATEGORIES: PreferenceCategory[] = ['MILITARY_FAMILY', 'MARTYR_CHILD', 'HIGH_LEVEL_TALENT', 'FIRE_RESCUE_FAMILY', 'POLICE_FAMILY', 'OTHER'];

interface ResultValues {
  year: number;
  stage: Stage;
  round: number;
  plannedSeats?: number;
  applicants?: number;
  admitted?: number;
  cutoffScore?: number | null;
  explanation?: { reasonCode?: DiscrepancyReason; text?: string };
  preferential?: { category?: PreferenceCategory; count?: number; policyDocumentNumber?: string }[];
  correctionReason?: string;
}

/**
 * 录取数据: a school's admission figures for a year, stage and round, saved as a draft, then submitted for
 * review. Round 1's planned seats are the published 招生计划's; where admitted ≠ planned the form asks
 * for the explanation on the spot (the service's own rule). Preferential counts cite the district's
 * published policy documents in force.
 */
export function ResultsPage() {
  const client = useClient();
  const school = useSchool();
  const stages = (school.data?.stages ?? []).filter((s) => s !== 'KINDERGARTEN');
  const [form] = Form.useForm<ResultValues>();
  const year = Form.useWatch('year', form) ?? schoolYearOf(beijingToday());
  // The school's first stage until the clerk picks one (the effect below shows it in the select).
  const stage = Form.useWatch('stage', form) ?? stages[0];
  const round = Form.useWatch('round', form) ?? 1;
  const plannedSeats = Form.useWatch('plannedSeats', form);
  const admitted = Form.useWatch('admitted', form);

  const policies = useApiQuery(
    async () => (await client.request(PolicyDocumentsDocument, { districtCode: school.districtCode })).policyDocuments,
    [client, school.districtCode],
  );
  // Round 1's planned seats are the published plan's (the service compares the result with it).
  const planOf = (published: { plan: { plannedSeats: number } | null } | null) => (round === 1 && published?.plan ? published.plan.plannedSeats : null);
  const record = useRecordForm({
    kind: 'ADMISSION_RESULT',
    matches: (s) => s.year === year && s.admissionResult?.stage === stage && s.admissionResult.round === round,
    loadPublished: async () => {
      if (!stage || !school.schoolId) return null;
      const [results, plans] = await Promise.all([
        client.request(AdmissionResultVersionsDocument, { schoolId: school.schoolId, year, stage, round }),
        client.request(EnrolmentPlanVersionsDocument, { schoolId: school.schoolId, year, stage }),
      ]);
      return {
        result: results.admissionResultVersions.find((r) => r.status === 'PUBLISHED') ?? null,
        plan: plans.enrolmentPlanVersions.find((p) => p.status === 'PUBLISHED') ?? null,
      };
    },
    deps: [client, school.schoolId, year, stage, round],
    // The open submission, else what is published, else the plan alone.
    prefill: (open, published) => {
      const from = open?.admissionResult ?? published?.result ?? null;
      form.setFieldsValue({
        plannedSeats: planOf(published) ?? from?.plannedSeats,
        applicants: from?.applicants,
        admitted: from?.admitted,
        cutoffScore: from?.cutoffScore ?? null,
        explanation: from?.explanation ? { reasonCode: from.explanation.reasonCode, text: from.explanation.text } : undefined,
        preferential: from?.preferential.map((p) => ({ category: p.category, count: p.count, policyDocumentNumber: p.policyDocumentNumber })) ?? [],
        correctionReason: open?.correctionReason ?? undefined,
      });
    },
  });
  const { open } = record;
  const planFixed = planOf(record.published);

  // The first of the school's stages, once the register answers.
  useEffect(() => {
    if (!form.getFieldValue('stage') && stages[0]) form.setFieldValue('stage', stages[0]);
  }, [form, stages]);

  const inForce = useMemo(() => (policies.data ?? []).filter((d) => d.published && d.status === 'IN_FORCE'), [policies.data]);
  // Whether admitted differs from planned: the explanation fields open only then.
  const explanationError = explanationProblem({ plannedSeats, admitted, explanation: null }) !== null;

  const input = (values: ResultValues): AdmissionResultInput => ({
    districtCode: school.districtCode,
    schoolId: school.schoolId,
    year: values.year,
    stage: values.stage,
    round: values.round,
    plannedSeats: values.plannedSeats ?? 0,
    applicants: values.applicants ?? 0,
    admitted: values.admitted ?? 0,
    cutoffScore: values.stage === 'SENIOR' ? (values.cutoffScore ?? null) : null,
    explanation: values.admitted !== values.plannedSeats && values.explanation?.reasonCode ? { reasonCode: values.explanation.reasonCode, text: values.explanation.text?.trim() ?? '' } : null,
    preferential: (values.preferential ?? []).map((p) => ({ category: p.category!, count: p.count ?? 0, policyDocumentNumber: p.policyDocumentNumber ?? '' })),
    correctionReason: values.correctionReason?.trim() || null,
  });
  const save = useSaveSubmission(
    form,
    async (submit) => (await client.request(SaveAdmissionResultDocument, { input: input(form.getFieldsValue(true) as ResultValues), submit })).saveAdmissionResult,
    record.reload,
  );
  const locked = record.locked;
  const loading = school.loading || record.loading;

  return (
    <Card>
      <PageTitle title="录取数据">填报本校各学段的计划招生数、报名人数和录取人数；录取人数与计划不同时须说明原因。保存为草稿后可继续修改，提交后由教育局审核，审核通过即向社会公布。</PageTitle>
      <SubmissionStatusAlert submission={open} />
      {save.error && <Alert type="error" showIcon role="alert" message={save.error} style={{ marginBottom: 16 }} />}
      <Form<ResultValues>
        form={form}
        layout="vertical"
        initialValues={{ year: schoolYearOf(beijingToday()), round: 1, preferential: [] }}
        onFinish={() => save.run(true)}
        disabled={locked || loading}
        scrollToFirstError
      >
        <Row gutter={16}>
          <Col xs={24} sm={8}>
            <Form.Item label="招生年度" name="year" rules={[{ required: true, message: '请填写招生年度' }]}>
              <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item label="学段" name="stage" rules={[selectRequired('请选择学段')]}>
              <Select options={stages.map((s) => ({ value: s, label: label(s) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item label="录取批次" name="round" extra="1 为第一批（主批次）" rules={[{ required: true, message: '请填写录取批次' }]}>
              <InputNumber min={1} max={10} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} sm={8}>
            <Form.Item
              label="计划招生数"
              name="plannedSeats"
              extra={planFixed !== null ? '按本校已公布的招生计划' : undefined}
              rules={[{ required: true, message: '请填写计划招生数' }]}
            >
              <InputNumber min={0} max={100000} style={{ width: '100%' }} disabled={planFixed !== null || locked || loading} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item label="报名人数" name="applicants" rules={[{ required: true, message: '请填写报名人数' }]}>
              <InputNumber min={0} max={100000} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item label="录取人数" name="admitted" rules={[{ required: true, message: '请填写录取人数' }]}>
              <InputNumber min={0} max={100000} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        {stage === 'SENIOR' && (
          <Form.Item label="录取分数线" name="cutoffScore">
            <InputNumber min={0} max={1000} style={{ width: 200 }} />
          </Form.Item>
        )}
        <Card type="inner" title="差异说明" size="small" style={{ marginBottom: 16 }}>
          {!explanationError && <Typography.Paragraph type="secondary">录取人数与计划招生数相同时无需填写。</Typography.Paragraph>}
          <Row gutter={16}>
            <Col xs={24} sm={8}>
              <Form.Item
                label="差异原因"
                name={['explanation', 'reasonCode']}
                dependencies={['admitted', 'plannedSeats']}
                rules={[
                  ({ getFieldValue }) => ({
                    validator: async (_rule, value?: string) => {
                      if (!value && explanationProblem({ plannedSeats: getFieldValue('plannedSeats'), admitted: getFieldValue('admitted'), explanation: null })) {
                        throw new Error('请选择差异原因');
                      }
                    },
                  }),
                ]}
              >
                <Select allowClear disabled={!explanationError || locked || loading} options={REASONS.map((r) => ({ value: r, label: label(r) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={16}>
              <Form.Item
                label="说明内容"
                name={['explanation', 'text']}
                dependencies={['admitted', 'plannedSeats']}
                rules={[
                  ({ getFieldValue }) => ({
                    validator: async (_rule, value?: string) => {
                      const problem = explanationProblem({
                        plannedSeats: getFieldValue('plannedSeats'),
                        admitted: getFieldValue('admitted'),
                        explanation: { reasonCode: 'given', text: value },
                      });
                      if (problem) throw new Error(problem);
                    },
                  }),
                ]}
              >
                <Input.TextArea rows={2} maxLength={2000} showCount disabled={!explanationError || locked || loading} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card type="inner" title="政策性照顾录取" size="small" style={{ marginBottom: 16 }}>
          <Typography.Paragraph type="secondary">
            按类别填写照顾录取人数，并选择所依据的、已公布且现行有效的政策文件。{inForce.length === 0 && !policies.loading ? '本区县目前没有现行有效的政策文件。' : ''}
          </Typography.Paragraph>
          <Form.List name="preferential">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} align="baseline" wrap style={{ display: 'flex', marginBottom: 8 }}>
                    <Form.Item label="照顾类别" name={[field.name, 'category']} rules={[selectRequired('请选择类别')]}>
                      <Select style={{ width: 180 }} options={CATEGORIES.map((c) => ({ value: c, label: label(c) }))} />
                    </Form.Item>
                    <Form.Item label="人数" name={[field.name, 'count']} rules={[{ required: true, message: '请填写人数' }]}>
                      <InputNumber min={1} max={10000} />
                    </Form.Item>
                    <Form.Item noStyle dependencies={[['preferential', field.name, 'category']]}>
                      {({ getFieldValue }) => {
                        const category = getFieldValue(['preferential', field.name, 'category']) as PreferenceCategory | undefined;
                        const documents = inForce.filter((d) => !category || d.categories.includes(category));
                        return (
                          <Form.Item label="政策文件" name={[field.name, 'policyDocumentNumber']} rules={[selectRequired('请选择政策文件')]}>
                            <Select style={{ width: 320 }} options={documents.map((d) => ({ value: d.documentNumber, label: `${d.documentNumber} ${d.title}` }))} notFoundContent="没有适用此类别的现行政策文件" />
                          </Form.Item>
                        );
                      }}
                    </Form.Item>
                    <Button type="text" aria-label="删除此项" icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                  添加照顾类别
                </Button>
              </>
            )}
          </Form.List>
        </Card>
        {(record.published?.result || open?.correctionReason) && (
          <Form.Item
            label="更正原因"
            name="correctionReason"
            extra={`本校${year}年已公布过录取数据（第 ${record.published?.result?.version ?? ''} 版）；修改须说明原因，随新版本一并公布。`}
          >
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        )}
        <SaveButtons busy={save.busy} locked={locked} onSaveDraft={() => void save.run(false)} />
      </Form>
    </Card>
  );
}
