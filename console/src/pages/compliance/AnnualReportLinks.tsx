import { FilePdfOutlined, FileTextOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useAccount, useClient } from '../../auth';

/**
 * 信息公开年度报告（招生入学部分）of the officer's district for a calendar year: the gateway's public
 * HTML and PDF (/reports/annual/<district>/<year>.html|.pdf), made from the publication log; opened
 * in a new tab, as anyone would read them.
 */
export function AnnualReportLinks({ year }: { year: number }) {
  const client = useClient();
  const { districtCode } = useAccount();
  const url = (format: 'html' | 'pdf') => new URL(`/reports/annual/${districtCode}/${year}.${format}`, client.gatewayUrl).toString();
  return (
    <Space.Compact>
      <Button icon={<FileTextOutlined />} href={url('html')} target="_blank" rel="noopener noreferrer">{year} 年度信息公开报告</Button>
      <Button icon={<FilePdfOutlined />} href={url('pdf')} target="_blank" rel="noopener noreferrer" aria-label={`${year} 年度信息公开报告 PDF`}>PDF</Button>
    </Space.Compact>
  );
}
