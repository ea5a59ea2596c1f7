import { Alert, Card, Col, Form, Input, Row, Select, Tag, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { beijingTime, beijingToday, label, schoolYearOf } from '../../api';
import { SaveSchoolRulesDocument, SchoolRulesFormDocument, type SchoolRulesSubmittedFragment, type Stage } from '../../api/generated/graphql';
import { useClient } from '../../auth';
import { TextListField } from '../rules/TextListField';
import { PageTitle } from './PageTitle';
import { SaveButtons } from './SaveButtons';
import { selectRequired } from './selectRequired';
import { SubmissionStatusAlert } from './SubmissionStatusAlert';
import { useRecordForm } from './useRecordForm';
import { useSaveSubmission } from './useSaveSubmission';
import { useSchool } from './useSchool';

interface SchoolRulesValues {
  year: number;
  stage: Stage;
  rules: string[];
  papers: string[];
  notes?: string;
  consultationPhone?: string;
  correctionReason?: string;
}

type Contents = NonNullable<SchoolRulesSubmittedFragment['schoolRules']>;
const list = (values: (string | undefined)[] | undefined) => (values ?? []).map((v) => v?.trim() ?? '').filter(Boolean);

/**
 * 招生办法 (校级招生细则): what the school adds to the district's enrolment rules for the coming intake —
 * its own rules, extra papers, notes and admissions phone — saved as a draft, then submitted for the
 * bureau's review (saveSchoolRules), like the 招生计划. Starts from the open submission, else the version
 * in force; a returned one shows the reviewer's reason.
 */
export function SchoolRulesPage() {
  const client = useClient();
  const school = useSchool();
  const stages = (school.data?.stages ?? []).filter((s) => s !== 'KINDERGARTEN');
  const [form] = Form.useForm<SchoolRulesValues>();
  const nextYear = schoolYearOf(beijingToday()) + 1;
  const year = Form.useWatch('year', form) ?? nextYear;
  const stage = Form.useWatch('stage', form) ?? stages[0];
  // What this page saved, by submission id: the loaded list predates a save made here.
  const saved = useRef(new Map<string, Contents>());

  const record = useRecordForm({
    kind: 'SCHOOL_RULES',
    matches: (s) => s.year === year && s.schoolRules?.stage === stage,
    loadPublished: async () => (stage && school.schoolId ? client.request(SchoolRulesFormDocument, { schoolId: school.schoolId, year, stage }) : null),
    deps: [client, school.schoolId, year, stage],
    prefill: (open, loaded) => {
      const published = loaded?.schoolRulesVersions.find((v) => v.status === 'PUBLISHED') ?? null;
      const submitted = open ? saved.current.get(open.id) ?? loaded?.submissions.find((s) => s.id === open.id)?.schoolRules ?? null : null;
      // An open submission whose contents are not known here (saved in another tab since): keep what is on the form.
      if (open && !submitted) return;
      const from = submitted ?? published;
      form.setFieldsValue({
        rules: [...(from?.rules ?? [])], papers: [...(from?.papers ?? [])], notes: from?.notes ?? undefined,
        consultationPhone: from?.consultationPhone ?? undefined, correctionReason: open?.correctionReason ?? undefined,
      });
    },
  });
  const published = record.published?.schoolRulesVersions.find((v) => v.status === 'PUBLISHED') ?? null;

  useEffect(() => {
    if (!form.getFieldValue('stage') && stages[0]) form.setFieldValue('stage', stages[0]);
  }, [form, stages]);

  const save = useSaveSubmission(
    form,
    async (submit) => {
      const values = form.getFieldsValue(true) as SchoolRulesValues;
      const input = {
        districtCode: school.districtCode,
        schoolId: school.schoolId,
        year: values.year,
        stage: values.stage,
        rules: list(values.rules),
        papers: list(values.papers),
        notes: values.notes?.trim() || null,
        consultationPhone: values.consultationPhone?.trim() || null,
        correctionReason: values.correctionReason?.trim() || null,
      };
      const submission = (await client.request(SaveSchoolRulesDocument, { input, submit })).saveSchoolRules;
      if (submission.schoolRules) saved.current.set(submission.id, submission.schoolRules);
      return submission;
    },
    record.reload,
  );
  const locked = record.locked;
  const loading = school.loading || record.loading;

  return (
    <Card>
      <PageTitle title="招生办法">
        本校在全区招生规则之外的招生细则：本校的招生办法、需另外携带的材料、备注和招生咨询电话（至少填写细则、材料或备注中的一项）。保存草稿后提交审核，经教育局审核通过后公布；已公布的内容修改时须说明原因。
      </PageTitle>
      <SubmissionStatusAlert submission={record.open} />
      {save.error && <Alert type="error" showIcon role="alert" message={save.error} style={{ marginBottom: 16 }} />}
      <Form<SchoolRulesValues> form={form} layout="vertical" initialValues={{ year: nextYear, rules: [], papers: [] }} onFinish={() => save.run(true)} disabled={locked || loading}>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item label="招生年度" name="year" rules={[selectRequired('请选择招生年度')]}>
              <Select options={[nextYear - 1, nextYear].map((y) => ({ value: y, label: `${y} 年` }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label="学段" name="stage" rules={[selectRequired('请选择学段')]}>
              <Select options={stages.map((s) => ({ value: s, label: label(s) }))} />
            </Form.Item>
          </Col>
        </Row>
        {published && (
          <Typography.Paragraph>
            <Tag color="success">已公布 第 {published.version} 版</Tag>
            <Typography.Text type="secondary">公布于 {beijingTime(published.publishedAt)}{published.correctionReason ? `；更正原因：${published.correctionReason}` : ''}</Typography.Text>
          </Typography.Paragraph>
        )}
        <TextListField name="rules" label="招生细则" addText="添加一条细则" placeholder="如 同一户籍地址六年内只安排一名适龄儿童入学" />
        <TextListField name="papers" label="所需材料" addText="添加材料" placeholder="如 预防接种证" />
        <Form.Item label="备注" name="notes">
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item label="咨询电话" name="consultationPhone" extra="本校招生咨询电话">
          <Input maxLength={40} style={{ maxWidth: 320 }} />
        </Form.Item>
        {(published || record.open?.correctionReason) && (
          <Form.Item label="更正原因" name="correctionReason" extra={`本校${year}年招生办法已公布（第 ${published?.version ?? ''} 版）；修改须说明原因，随新版本一并公布。`}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        )}
        <SaveButtons busy={save.busy} locked={locked} onSaveDraft={() => void save.run(false)} />
      </Form>
    </Card>
  );
}
