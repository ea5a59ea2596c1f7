import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Space, Table, Typography } from 'antd';
import { errorText } from '../../api';
import { useClient } from '../../auth';
import { downloadProblems, type UploadProblem } from './postUpload';

/** The refused file's problems: 行 (spreadsheet row; 整个文件 for the file as a whole), 列 as written in the file, 问题. */
export function ProblemTable({ problems, fileName }: { problems: UploadProblem[]; fileName: string }) {
  const client = useClient();
  const { message } = App.useApp();
  const download = async () => {
    try {
      await downloadProblems(client, problems, `${fileName.replace(/\.[^.]+$/, '')}-问题.xlsx`);
    } catch (error) {
      message.error(errorText(error));
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Text type="danger">文件未导入：共 {problems.length} 个问题，请修改后重新上传（未写入任何数据）。</Typography.Text>
        <Button icon={<DownloadOutlined />} onClick={download}>下载问题表（Excel）</Button>
      </Space>
      <Table<UploadProblem & { key: number }>
        data-testid="upload-problems"
        size="small"
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        dataSource={problems.map((p, key) => ({ ...p, key }))}
        columns={[
          { title: '行', dataIndex: 'row', width: 90, render: (row: number | null) => (row === null ? '整个文件' : `第 ${row} 行`) },
          { title: '列', dataIndex: 'column', width: 180, render: (column: string | null) => column ?? '—' },
          { title: '问题', dataIndex: 'reason' },
        ]}
      />
    </Space>
  );
}
