import { SafetyCertificateOutlined } from '@ant-design/icons';
import { beijingTime } from '../../api/labels';
import { Alert, Button, Card, Descriptions, Space, Table, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { errorText } from '../../api';
import { BureauLedgerEntriesDocument, BureauLedgerHeadDocument, type BureauLedgerEntriesQuery, type BureauLedgerHeadQuery } from '../../api/generated/graphql';
import { useAccount, useClient } from '../../auth';
import { verifyLog, type LogEntryRead, type LogVerification } from '@zsgk/publication/browser';

type Head = NonNullable<BureauLedgerHeadQuery['publicationLogHead']>;
type Entry = NonNullable<BureauLedgerEntriesQuery['publicationLogEntries']>[number];

/** The ledger answers at most 500 entries per request. */
const PAGE = 500;
const RECENT = 20;
const EVENT_LABEL: Record<string, string> = { PUBLISHED: '发布', SUPERSEDED: '被替代', EXPIRED: '失效', CORRECTED: '更正', WITHDRAWN: '撤回' };

/** 发布日志: the district's signed tree head, its latest entries, and 立即核验 (the whole log checked in this browser). */
export function LedgerPage() {
  const client = useClient();
  const { districtCode } = useAccount();
  const [head, setHead] = useState<BureauLedgerHeadQuery | null>(null);
  const [recent, setRecent] = useState<Entry[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const [result, setResult] = useState<(LogVerification & { ms: number }) | null>(null);

  const load = useCallback(async () => {
    try {
      const data = await client.request(BureauLedgerHeadDocument, { districtCode });
      setHead(data);
      const size = data.publicationLogHead?.treeSize ?? 0;
      if (size > 0) {
        const from = Math.max(0, size - RECENT);
        const page = await client.request(BureauLedgerEntriesDocument, { districtCode, from, count: size - from });
        setRecent([...(page.publicationLogEntries ?? [])].reverse());
      }
    } catch (error) {
      setFailure(errorText(error));
    }
  }, [client, districtCode]);

  useEffect(() => void load(), [load]);

  const verifyNow = async (signed: Head, pem: string) => {
    setChecking(true);
    setResult(null);
    setFailure(null);
    const started = performance.now();
    try {
      const entries: LogEntryRead[] = [];
      for (let from = 0; from < signed.treeSize; from += PAGE) {
        const page = await client.request(BureauLedgerEntriesDocument, { districtCode, from, count: Math.min(PAGE, signed.treeSize - from) });
        entries.push(...((page.publicationLogEntries ?? []) as LogEntryRead[]));
      }
      const outcome = await verifyLog(signed, pem, entries);
      setResult({ ...outcome, ms: Math.round(performance.now() - started) });
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setChecking(false);
    }
  };

  const signed = head?.publicationLogHead ?? null;
  const key = head?.districtPublicKey ?? null;
  return (
    <Card>
      <Typography.Title level={1} style={{ marginTop: 0, fontSize: 24 }}>发布日志</Typography.Title>
      <Typography.Paragraph type="secondary">
        每次发布、替代或失效都记入本区的发布日志（默克尔树），日志头由本区密钥签名。“立即核验”在本浏览器中读取全部日志条目，逐条重算哈希并与签名的根哈希比对，只信任本区公钥。
      </Typography.Paragraph>
      {failure && <Alert type="error" showIcon message={failure} role="alert" style={{ marginBottom: 16 }} />}
      {head && !signed && <Alert type="info" showIcon message="本区尚无发布记录。" />}
      {signed && key && (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <Descriptions bordered size="small" column={1} items={[
            { key: 'size', label: '日志条目数', children: signed.treeSize },
            { key: 'root', label: '根哈希', children: <code style={{ wordBreak: 'break-all' }}>{signed.rootHash}</code> },
            { key: 'time', label: '签名时间', children: beijingTime(signed.timestamp) },
            { key: 'fp', label: '公钥指纹（SHA-256）', children: <code style={{ wordBreak: 'break-all' }}>{key.fingerprint}</code> },
          ]} />
          <Typography.Text type="secondary">请将公钥指纹与本局在官网或公告中公布的指纹核对一致。</Typography.Text>
          <Button type="primary" icon={<SafetyCertificateOutlined />} loading={checking} onClick={() => void verifyNow(signed, key.publicKeyPem)}>
            立即核验
          </Button>
          {result && <VerificationResult result={result} />}
          <Typography.Title level={2} style={{ fontSize: 18 }}>最近 {recent.length} 条记录</Typography.Title>
          <Table<Entry>
            rowKey="index"
            size="small"
            pagination={false}
            dataSource={recent}
            columns={[
              { title: '序号', dataIndex: 'index', width: 80 },
              { title: '时间', dataIndex: 'at', width: 180, render: (at: string) => beijingTime(at) },
              { title: '事件', dataIndex: 'event', width: 90, render: (e: string) => EVENT_LABEL[e] ?? e },
              { title: '记录', dataIndex: 'recordId' },
              { title: '内容哈希', dataIndex: 'contentHash', render: (h: string) => <code title={h}>{h.slice(0, 12)}</code> },
            ]}
          />
        </Space>
      )}
    </Card>
  );
}

function VerificationResult({ result }: { result: LogVerification & { ms: number } }) {
  const problems = [
    !result.signatureValid && '日志头的签名与本区公钥不符',
    !result.rootMatches && `由 ${result.entriesChecked} 条记录重算的根哈希与签名的根哈希不符`,
    result.leafMismatches.length > 0 && `第 ${result.leafMismatches.slice(0, 10).join('、')} 条记录的哈希与其内容不符`,
  ].filter((p): p is string => typeof p === 'string');
  return (
    <div data-testid="ledger-verification" data-state={result.verified ? 'verified' : 'failed'}>
      {result.verified ? (
        <Alert type="success" showIcon message="核验通过" description={`签名有效；${result.entriesChecked} 条记录重算的根哈希与签名一致（用时 ${result.ms} 毫秒）。`} />
      ) : (
        <Alert type="error" showIcon message="核验失败" description={<ul style={{ margin: 0 }}>{problems.map((p) => <li key={p}>{p}</li>)}</ul>} />
      )}
    </div>
  );
}
