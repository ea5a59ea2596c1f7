import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Form, Input, InputNumber, Radio, Row, Select, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorText, isApiError, label } from '../../api';
import { PublishNamedListDocument, type NamedListEntryInput, type NamedListKind, type PublishNamedListMutation, type Stage } from '../../api/generated/graphql';
import { useAccount, useClient } from '../../auth';
import { reviewItemPath } from '../review/reviewItemPath';
import { selectRequired } from '../school/selectRequired';
import { maskPerson } from '@zsgk/publication/browser';
import { namedListEntriesOf, type FileProblem } from './namedListEntriesOf';
import { readTableFile } from './readTableFile';

interface Values {
  kind: NamedListKind;
  year: number;
  stage: Stage;
  schoolId?: string;
  title: string;
  correctionReason?: string;
}

/** The fields of this form a refusal may name (`input.title` …); entries are shown in the alert. */
const FORM_FIELDS = ['schoolId', 'title', 'correctionReason', 'year', 'stage'] as const;
const KIND_CHOICES = (['POLICY_PREFERENCE', 'POPULAR_SCHOOL_ADMISSION'] as NamedListKind[]).map((value) => ({ value, label: label(value) }));
const STAGE_CHOICES = (['PRIMARY', 'JUNIOR', 'SENIOR', 'KINDERGARTEN'] as Stage[]).map((value) => ({ value, label: label(value) }));

/**
 * 上传名单: an Excel or CSV list (姓名, 身份证号, 类别) read in this browser, previewed masked as it will
 * be published, then submitted (publishNamedList) for a second officer's review — or, with `ownSchool`,
 * a school clerk's own school's list for the bureau's review (the school page reuses this form).
 */
export function NamedListUploadForm({ schools, year, onSubmitted, ownSchool }: {
  schools: { id: string; name: string }[];
  year: number;
  onSubmitted(): void;
  /** A school clerk's form: the list is its own school's (fixed), in the register's district, reviewed by the bureau. */
  ownSchool?: { id: string; districtCode: string };
}) {
  const client = useClient();
  const account = useAccount();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const [fileName, setFileName] = useState<string | null>(null);
  const [entries, setEntries] = useState<NamedListEntryInput[]>([]);
  const [problems, setProblems] = useState<FileProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState<PublishNamedListMutation['publishNamedList'] | 'unchanged' | null>(null);

  const choose = async (file: File) => {
    setFileName(file.name);
    setSubmitted(null);
    setFailure(null);
    try {
      const read = namedListEntriesOf(await readTableFile(file));
      setEntries(read.entries);
      setProblems(read.problems);
    } catch (error) {
      setEntries([]);
      setProblems([{ row: null, column: null, reason: error instanceof Error && /[\u4e00-\u9fff]/.test(error.message) ? error.message : '无法读取该文件：请选择 .xlsx 或 CSV 文件' }]);
    }
  };

  const submit = async (values: Values) => {
    setBusy(true);
    setFailure(null);
    try {
      const input = { ...values, districtCode: ownSchool?.districtCode ?? account.districtCode, schoolId: ownSchool?.id ?? (values.schoolId || null), title: values.title.trim(), correctionReason: values.correctionReason?.trim() || null, entries };
      const change = (await client.request(PublishNamedListDocument, { input })).publishNamedList;
      setSubmitted(change ?? 'unchanged');
      if (change) onSubmitted();
    } catch (error) {
      setFailure(errorText(error));
      const field = isApiError(error) ? FORM_FIELDS.find((f) => error.field === `input.${f}`) : undefined;
      if (field) form.setFields([{ name: field, errors: [errorText(error)] }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<Values> form={form} layout="vertical" name="namedList" initialValues={{ kind: ownSchool ? 'POPULAR_SCHOOL_ADMISSION' : 'POLICY_PREFERENCE', year, stage: 'PRIMARY' }} onFinish={(v) => void submit(v)}>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="kind" label="名单类型">
            <Radio.Group options={KIND_CHOICES} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="year" label="学年" rules={[{ required: true, message: '请填写学年' }]}>
            <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="stage" label="学段" rules={[selectRequired('请选择学段')]}>
            <Select options={STAGE_CHOICES} />
          </Form.Item>
        </Col>
        <Col span={12}>
          {ownSchool ? (
            <Form.Item label="学校">
              <Typography.Text>{schools.find((x) => x.id === ownSchool.id)?.name ?? ownSchool.id}（{ownSchool.id}，本校）</Typography.Text>
            </Form.Item>
          ) : (
            <Form.Item name="schoolId" label="学校" rules={kind === 'POPULAR_SCHOOL_ADMISSION' ? [selectRequired('热点学校录取名单须选择学校')] : []} extra={kind === 'POPULAR_SCHOOL_ADMISSION' ? undefined : '全区名单可不选'}>
              <Select allowClear showSearch optionFilterProp="label" options={schools.map((s) => ({ value: s.id, label: `${s.name}（${s.id}）` }))} />
            </Form.Item>
          )}
        </Col>
        <Col span={12}>
          <Form.Item name="title" label="标题" rules={[{ required: true, whitespace: true, message: '请填写公示标题' }]}>
            <Input maxLength={200} placeholder="如：2026年兖州区小学政策性照顾名单公示" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="correctionReason" label="更正原因" extra="更正已公示的名单时必填">
            <Input maxLength={500} />
          </Form.Item>
        </Col>
      </Row>
      <Upload.Dragger
        accept=".xlsx,.csv"
        maxCount={1}
        showUploadList={false}
        beforeUpload={(file) => {
          void choose(file);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon"><InboxOutlined /></p>
        <p className="ant-upload-text">{fileName ? `已选择：${fileName}（点击或拖入可更换）` : '将名单文件拖到此处，或点击选择文件'}</p>
        <p className="ant-upload-hint">.xlsx 或 CSV（UTF-8 或 GBK），第 1 行为表头：姓名、身份证号、类别。文件只在本机读取，不上传原件。</p>
      </Upload.Dragger>
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginTop: 12 }}
          message="文件有问题，请修改后重新选择"
          description={problems.map((p, i) => <div key={i}>{p.row ? `第 ${p.row} 行` : '文件'}{p.column ? `「${p.column}」` : ''}：{p.reason}</div>)}
        />
      )}
      {entries.length > 0 && problems.length === 0 && (
        <div style={{ marginTop: 16 }} data-testid="named-list-preview">
          <Typography.Paragraph>共 {entries.length} 人。以下是公示时的样子（姓名、证件号已遮蔽）：</Typography.Paragraph>
          <Table
            size="small"
            rowKey={(_, i) => String(i)}
            dataSource={entries.map(maskPerson)}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            columns={[
              { title: '姓名', dataIndex: 'name' },
              { title: '身份证号', dataIndex: 'idNumber', render: (v?: string | null) => v ?? '—' },
              { title: '类别', dataIndex: 'category', render: (v?: string | null) => (v ? label(v) : '—') },
            ]}
          />
        </div>
      )}
      {failure && <Alert type="error" showIcon role="alert" message={failure} style={{ marginTop: 12 }} />}
      {submitted === 'unchanged' && <Alert type="info" showIcon message="与现行公示的名单相同，没有需要提交的内容" style={{ marginTop: 12 }} />}
      {submitted && submitted !== 'unchanged' && (
        <Alert type="success" showIcon style={{ marginTop: 12 }} message={ownSchool ? <>已提交区教育局审核：{submitted.recordKey}。审核结果见下方“本校名单”。</> : <>已提交审核：{submitted.recordKey}。<Link to={reviewItemPath(submitted.id)} style={{ textDecoration: 'underline' }}>查看审核事项</Link></>} />
      )}
      <Space style={{ marginTop: 16 }}>
        <Button type="primary" htmlType="submit" loading={busy} disabled={!entries.length || problems.length > 0}>提交审核</Button>
      </Space>
    </Form>
  );
}
