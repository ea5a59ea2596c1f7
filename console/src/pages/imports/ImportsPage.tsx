import { Card, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { ImportForm } from './ImportForm';
import { IMPORT_KINDS } from './importKinds';

/** 导入: one tab per kind of file the bureau uploads; `?kind=zones` opens that tab. */
export function ImportsPage() {
  const [params, setParams] = useSearchParams();
  const active = IMPORT_KINDS.some((k) => k.kind === params.get('kind')) ? params.get('kind')! : 'register';
  return (
    <Card>
      <Typography.Title level={1} style={{ marginTop: 0, fontSize: 24 }}>
        导入数据
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        上传文件后系统逐行检查；有问题时整个文件不导入，并列出每个问题所在的行和列。通过检查的数据须经另一位工作人员审核后才会公开。
      </Typography.Paragraph>
      <Tabs
        activeKey={active}
        onChange={(kind) => setParams({ kind }, { replace: true })}
        destroyInactiveTabPane
        items={IMPORT_KINDS.map((spec) => ({ key: spec.kind, label: spec.label, children: <ImportForm spec={spec} /> }))}
      />
    </Card>
  );
}
