import { Alert, Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { label } from '../../api';
import { SavePolicyDocumentDocument, type PolicyFieldsFragment, type PreferenceCategory } from '../../api/generated/graphql';
import { useAccount, useClient } from '../../auth';
import { useFormSave } from '../rules/useFormSave';
import { selectRequired } from '../school/selectRequired';

const CATEGORIES: PreferenceCategory[] = ['MILITARY_FAMILY', 'MARTYR_CHILD', 'HIGH_LEVEL_TALENT', 'FIRE_RESCUE_FAMILY', 'POLICE_FAMILY', 'OTHER'];

interface PolicyValues {
  documentNumber?: string;
  title?: string;
  issuer?: string;
  categories?: PreferenceCategory[];
  effectiveFrom?: Dayjs | null;
  effectiveUntil?: Dayjs | null;
  body?: string;
  interpretation?: string;
  interpretationUrl?: string;
}

const text = (value: string | undefined) => value?.trim() || null;

/**
 * 新建 / 编辑 a draft policy document (savePolicyDocument). A published document is never edited: its
 * expiry is set through review instead. A draft may lack its interpretation; publishing needs it.
 */
export function PolicyDocumentModal({ open, draft, onClose, onSaved }: { open: boolean; draft: PolicyFieldsFragment | null; onClose: () => void; onSaved: () => void }) {
  const client = useClient();
  const { districtCode } = useAccount();
  const [form] = Form.useForm<PolicyValues>();
  const call = useFormSave(form);
  const { busy, error, setError } = call;

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    if (draft) {
      form.setFieldsValue({
        ...draft, effectiveFrom: dayjs(draft.effectiveFrom), effectiveUntil: draft.effectiveUntil ? dayjs(draft.effectiveUntil) : null,
        body: draft.body ?? undefined, interpretation: draft.interpretation ?? undefined, interpretationUrl: draft.interpretationUrl ?? undefined,
      });
    }
  }, [open, draft, form, setError]);

  const save = async (values: PolicyValues) => {
    const saved = await call.run(() =>
      client.request(SavePolicyDocumentDocument, {
        input: {
          districtCode,
          documentNumber: values.documentNumber?.trim() ?? '',
          title: values.title?.trim() ?? '',
          issuer: values.issuer?.trim() ?? '',
          categories: values.categories ?? [],
          effectiveFrom: values.effectiveFrom?.format('YYYY-MM-DD') ?? '',
          effectiveUntil: values.effectiveUntil?.format('YYYY-MM-DD') ?? null,
          body: text(values.body),
          interpretation: text(values.interpretation),
          interpretationUrl: text(values.interpretationUrl),
        },
      }),
    );
    if (saved) onSaved();
  };

  return (
    <Modal
      title={draft ? `编辑草稿：${draft.documentNumber}` : '新建政策文件'}
      open={open}
      width={760}
      okText="保存草稿"
      cancelText="取消"
      okButtonProps={{ loading: busy }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginBottom: 16 }} />}
      <Form<PolicyValues> form={form} layout="vertical" onFinish={(values) => void save(values)}>
        <Row gutter={16}>
          <Col xs={24} md={10}>
            <Form.Item label="文号" name="documentNumber" rules={[{ required: true, whitespace: true, message: '请填写文号，如 兖教发〔2026〕21号' }]} extra={draft ? '文号是文件的编号，保存后不能修改' : undefined}>
              <Input maxLength={100} disabled={Boolean(draft)} placeholder="如 兖教发〔2026〕21号" />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item label="标题" name="title" rules={[{ required: true, whitespace: true, message: '请填写标题' }]}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} md={10}>
            <Form.Item label="发文机关" name="issuer" rules={[{ required: true, whitespace: true, message: '请填写发文机关' }]}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item label="适用照顾类别" name="categories" rules={[selectRequired('请至少选择一个类别')]}>
              <Select mode="multiple" options={CATEGORIES.map((c) => ({ value: c, label: label(c) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={12}>
            <Form.Item label="生效日期" name="effectiveFrom" rules={[{ required: true, message: '请选择生效日期' }]}>
              <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item label="失效日期" name="effectiveUntil" extra="长期有效可不填">
              <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label="正文" name="body">
          <Input.TextArea rows={4} maxLength={50000} />
        </Form.Item>
        <Form.Item label="政策解读" name="interpretation" extra="提交发布时须有政策解读（内容或链接）">
          <Input.TextArea rows={3} maxLength={50000} />
        </Form.Item>
        <Form.Item label="政策解读链接" name="interpretationUrl" extra="须以 https:// 开头">
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
