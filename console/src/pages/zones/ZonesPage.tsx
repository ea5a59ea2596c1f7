import { Alert, App, Button, Card, Col, Descriptions, Input, InputNumber, List, Progress, Row, Select, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { errorText } from '../../api';
import {
  BureauGeocodeForDraftDocument, BureauSubmitZoneSetDocument, BureauZoneSetsDocument, BureauZoneSetZonesDocument,
  type BureauZoneSetsQuery, type BureauZoneSetZonesQuery,
} from '../../api/generated/graphql';
import { useAccount, useClient } from '../../auth';
import { formatArea } from './formatArea';
import { parseLngLat } from './parseLngLat';
import { currentSchoolYear, STAGE_OPTIONS, stageLabel, type StageValue } from './stageOptions';
import { useCoverageJob } from './useCoverageJob';
import { ZoneMap, ZoneMapLegend } from './ZoneMap';
import { zonesAt } from './zonesAt';

type ZoneSetRow = BureauZoneSetsQuery['zoneSets'][number];
type Zone = NonNullable<BureauZoneSetZonesQuery['zoneSet']>['catchments'][number];
const STATUS: Record<string, { label: string; color: string }> = {
  // Dark fills under white text (≥ 5.6:1): antd's preset tag colours are below 4.5:1.
  DRAFT: { label: '草稿', color: '#874d00' },
  PUBLISHED: { label: '现行', color: '#237804' },
  SUPERSEDED: { label: '已替代', color: '#595959' },
};

/** The set to draw underneath: the one in force this year, else the latest published before this year. */
function previousSetOf(sets: readonly ZoneSetRow[], selected: ZoneSetRow | undefined): ZoneSetRow | undefined {
  if (!selected) return undefined;
  const inForce = sets.find((s) => s.year === selected.year && s.status === 'PUBLISHED' && s.id !== selected.id);
  if (inForce) return inForce;
  return sets.filter((s) => s.year < selected.year && s.status === 'PUBLISHED').sort((a, b) => b.year - a.year)[0];
}

/** 划片: a draft zone set on the map over the set in force, its coverage report, 测试地址, and 提交审核. */
export function ZonesPage() {
  const client = useClient();
  const { districtCode } = useAccount();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const selectedId = params.get('set');
  const [year, setYear] = useState(currentSchoolYear());
  const [stage, setStage] = useState<StageValue>('PRIMARY');
  const [sets, setSets] = useState<ZoneSetRow[]>([]);
  const [boundary, setBoundary] = useState<unknown>(null);
  const [draft, setDraft] = useState<Zone[]>([]);
  const [previous, setPrevious] = useState<Zone[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [probe, setProbe] = useState<{ lng: number; lat: number; label: string; draftZones: string[]; previousZones: string[] } | null>(null);
  const [submitted, setSubmitted] = useState<string | null>(null);
  const coverage = useCoverageJob(selectedId);

  // A link to one set (from 导入) decides the year and stage shown.
  useEffect(() => {
    setDraft([]);
    setProbe(null);
    if (!selectedId) return;
    client.request(BureauZoneSetZonesDocument, { id: selectedId })
      .then(({ zoneSet }) => {
        if (!zoneSet) return setFailure('找不到该学区方案（可能已被删除，或不属于本区）');
        setYear(zoneSet.year);
        setStage(zoneSet.stage as StageValue);
        setDraft(zoneSet.catchments);
      })
      .catch((error: unknown) => setFailure(errorText(error)));
  }, [client, selectedId]);

  useEffect(() => {
    client.request(BureauZoneSetsDocument, { districtCode, stage })
      .then((data) => {
        setSets(data.zoneSets);
        setBoundary(data.district?.boundary ?? null);
      })
      .catch((error: unknown) => setFailure(errorText(error)));
  }, [client, districtCode, stage, submitted]);

  const ofYear = useMemo(() => sets.filter((s) => s.year === year).sort((a, b) => b.version - a.version), [sets, year]);
  const selected = sets.find((s) => s.id === selectedId);
  const previousSet = previousSetOf(sets, selected);

  // Without a chosen set, open the newest draft of the year (else the set in force).
  useEffect(() => {
    if (selectedId || ofYear.length === 0) return;
    const pick = ofYear.find((s) => s.status === 'DRAFT') ?? ofYear.find((s) => s.status === 'PUBLISHED') ?? ofYear[0]!;
    setParams({ set: pick.id }, { replace: true });
  }, [ofYear, selectedId, setParams]);

  useEffect(() => {
    setPrevious([]);
    if (!previousSet) return;
    client.request(BureauZoneSetZonesDocument, { id: previousSet.id })
      .then(({ zoneSet }) => setPrevious(zoneSet?.catchments ?? []))
      .catch((error: unknown) => setFailure(errorText(error)));
    // Keyed by the set's id: a re-read list gives the same set a new object, which must not re-fetch its zones.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, previousSet?.id]);

  const testAddress = async (text: string) => {
    if (!text.trim() || !selected) return;
    setFailure(null);
    try {
      let point = parseLngLat(text);
      let label = text.trim();
      if (!point) {
        const { geocode } = await client.request(BureauGeocodeForDraftDocument, { text, districtCode, year: selected.year });
        const best = geocode.candidates.find((c) => c.lng !== null && c.lat !== null);
        if (!best) {
          setProbe(null);
          return setFailure(`地名库中找不到“${text.trim()}”，请换一种写法，或直接输入经纬度（如 116.83,35.55）`);
        }
        point = { lng: best.lng!, lat: best.lat! };
        label = best.name;
      }
      const names = (zones: readonly Zone[]) => zonesAt(zones, point.lng, point.lat).map((z) => z.name);
      setProbe({ ...point, label, draftZones: names(draft), previousZones: names(previous) });
    } catch (error) {
      setFailure(errorText(error));
    }
  };

  const submitForReview = async () => {
    if (!selected) return;
    try {
      const change = (await client.request(BureauSubmitZoneSetDocument, { setId: selected.id })).publishCatchmentSet;
      setSubmitted(change.id);
      message.success('已提交审核，须由另一位工作人员审核通过后公开');
    } catch (error) {
      message.error(errorText(error));
    }
  };

  const report = coverage.report;
  return (
    <Card>
      <Typography.Title level={1} style={{ marginTop: 0, fontSize: 24 }}>划片方案</Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <label>招生年份 <InputNumber aria-label="招生年份" min={2000} max={2100} value={year} onChange={(v) => { if (v) { setYear(v); setParams({}, { replace: true }); } }} /></label>
        <label>学段 <Select aria-label="学段" style={{ width: 100 }} value={stage} onChange={(v) => { setStage(v); setParams({}, { replace: true }); }} options={STAGE_OPTIONS.map((s) => ({ ...s }))} /></label>
        <label>方案 <Select
          aria-label="学区方案"
          style={{ width: 280 }}
          value={selected ? selected.id : undefined}
          placeholder={ofYear.length ? '选择方案' : `${year} 年${stageLabel(stage)}尚无方案`}
          onChange={(id: string) => setParams({ set: id }, { replace: true })}
          options={ofYear.map((s) => ({ value: s.id, label: `第 ${s.version} 版（${STATUS[s.status]?.label ?? s.status}）${s.sourceDocument ? ` ${s.sourceDocument}` : ''}` }))}
        /></label>
        <Link to="/imports?kind=zones">导入新的划片文件</Link>
      </Space>
      {failure && <Alert type="error" showIcon message={failure} role="alert" style={{ marginBottom: 16 }} closable onClose={() => setFailure(null)} />}
      {selected && (
        <Space wrap style={{ marginBottom: 12 }}>
          <Tag color={STATUS[selected.status]?.color}>{STATUS[selected.status]?.label}</Tag>
          <span>{selected.year} 年{stageLabel(selected.stage)} 第 {selected.version} 版，{draft.length} 个学区</span>
          {previousSet && <span>（虚线：{previousSet.year} 年第 {previousSet.version} 版现行方案）</span>}
          <Button type="primary" loading={coverage.running} onClick={() => void coverage.start()}>检查覆盖情况</Button>
          {selected.status === 'DRAFT' && !submitted && <Button onClick={() => void submitForReview()}>提交审核</Button>}
          {submitted && <Link to={`/review?id=${encodeURIComponent(submitted)}`}>已提交审核，查看审核事项</Link>}
        </Space>
      )}
      {coverage.progress !== null && <Progress percent={Math.round(coverage.progress * 100)} aria-label="覆盖检查进度" />}
      {coverage.failure && <Alert type="error" showIcon message={coverage.failure} role="alert" />}
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <ZoneMap
            boundary={boundary}
            previous={previous}
            draft={draft}
            gaps={report?.gaps.map((g) => g.geometry) ?? []}
            overlaps={report?.overlaps.map((o) => o.geometry) ?? []}
            probe={probe}
          />
          <div style={{ marginTop: 8 }}><ZoneMapLegend /></div>
        </Col>
        <Col xs={24} xl={8}>
          <Typography.Title level={2} style={{ fontSize: 18 }}>测试地址</Typography.Title>
          <Input.Search aria-label="测试地址" placeholder="输入地址、小区名或经纬度" enterButton="测试" onSearch={(text) => void testAddress(text)} disabled={!selected} />
          {probe && (
            <Descriptions size="small" column={1} bordered style={{ marginTop: 8 }} data-testid="address-probe" items={[
              { key: 'at', label: '位置', children: `${probe.label}（${probe.lng.toFixed(5)}, ${probe.lat.toFixed(5)}）` },
              { key: 'draft', label: '本方案', children: probe.draftZones.length ? probe.draftZones.join('、') + (probe.draftZones.length > 1 ? '（位于边界，多个学区）' : '') : '不在任何学区内（未覆盖）' },
              { key: 'prev', label: '现行方案', children: previousSet ? probe.previousZones.join('、') || '不在任何学区内' : '无' },
            ]} />
          )}
          {report && <CoverageSummary report={report} />}
        </Col>
      </Row>
    </Card>
  );
}

function CoverageSummary({ report }: { report: NonNullable<ReturnType<typeof useCoverageJob>['report']> }) {
  return (
    <div data-testid="coverage-report" data-gaps={report.gaps.length} style={{ marginTop: 16 }}>
      <Typography.Title level={2} style={{ fontSize: 18 }}>覆盖情况</Typography.Title>
      <Descriptions size="small" column={1} bordered items={[
        { key: 'gaps', label: '未覆盖（红色）', children: report.gaps.length ? `${report.gaps.length} 处，共 ${formatArea(report.uncoveredAreaSquareMeters)}` : '无' },
        { key: 'overlaps', label: '重叠（橙色）', children: report.overlaps.length ? report.overlaps.map((o) => `${o.catchments.map((c) => c.name).join(' 与 ')}（${formatArea(o.areaSquareMeters)}）`).join('；') : '无' },
        { key: 'noSchool', label: '未指定学校的学区', children: report.zonesWithoutSchool.map((z) => z.name).join('、') || '无' },
      ]} />
      <Typography.Title level={3} style={{ marginTop: 12, fontSize: 16 }}>没有学区的学校</Typography.Title>
      {report.schoolsChecked ? (
        <List size="small" bordered dataSource={report.schoolsWithoutZone} locale={{ emptyText: '每所开办学校都有学区' }} renderItem={(s) => <List.Item>{s.name}（{s.id}）</List.Item>} />
      ) : (
        <Typography.Text type="secondary">未能查询学校名册，暂无法检查。</Typography.Text>
      )}
      {report.notes.length > 0 && <Alert type="info" style={{ marginTop: 8 }} message={<ul style={{ margin: 0 }}>{report.notes.map((n) => <li key={n}>{n}</li>)}</ul>} />}
    </div>
  );
}
