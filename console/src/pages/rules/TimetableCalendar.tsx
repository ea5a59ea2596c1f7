import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Calendar, Col, Empty, Row, Space, Timeline, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';

interface Phase {
  phase: string;
  startsOn: string;
  endsOn: string;
}

const COLOURS = ['#d6e4ff', '#d9f7be', '#fff1b8', '#ffd8bf', '#efdbff', '#b5f5ec'];

/**
 * The timetable as staff check it: a month calendar with each phase's days shaded (the phases of a day
 * in its tooltip) and the phases in order on a timeline with their day counts. Read-only: the phases
 * are edited with the range pickers above it, and this follows as they change.
 */
export function TimetableCalendar({ phases }: { phases: Phase[] }) {
  const first = phases[0]?.startsOn;
  const [month, setMonth] = useState<Dayjs>(() => dayjs(first ?? undefined));
  useEffect(() => {
    if (first) setMonth(dayjs(first));
  }, [first]);
  if (!phases.length) return <Empty description="填写阶段的起止日期后，在这里按日历查看" />;

  const on = (day: Dayjs) => phases.map((p, i) => ({ ...p, i })).filter((p) => day.format('YYYY-MM-DD') >= p.startsOn && day.format('YYYY-MM-DD') <= p.endsOn);
  return (
    <Row gutter={24} data-testid="timetable-calendar">
      <Col xs={24} lg={12}>
        <Calendar
          fullscreen={false}
          value={month}
          onPanelChange={(value) => setMonth(value)}
          onSelect={(value) => setMonth(value)}
          headerRender={({ value, onChange }) => (
            <Space style={{ padding: 8 }}>
              <Button size="small" icon={<LeftOutlined />} aria-label="上个月" onClick={() => onChange(value.subtract(1, 'month'))} />
              <Typography.Text strong aria-live="polite">{value.format('YYYY年M月')}</Typography.Text>
              <Button size="small" icon={<RightOutlined />} aria-label="下个月" onClick={() => onChange(value.add(1, 'month'))} />
            </Space>
          )}
          fullCellRender={(day, info) => {
            if (info.type !== 'date') return info.originNode;
            const running = on(day);
            const names = running.map((p) => p.phase).join('、');
            return (
              <div
                className="ant-picker-cell-inner"
                title={names || undefined}
                data-phases={names || undefined}
                // Days of the neighbouring months in antd's pale grey fail AA contrast (axe); a darker grey passes.
                style={running.length ? { background: COLOURS[running[0]!.i % COLOURS.length], color: '#1f1f1f', fontWeight: 600 } : { color: day.isSame(month, 'month') ? '#1f1f1f' : '#595959' }}
              >
                {day.date()}
              </div>
            );
          }}
        />
      </Col>
      <Col xs={24} lg={12}>
        <Timeline
          items={phases.map((p, i) => ({
            color: 'blue',
            dot: <span aria-hidden style={{ display: 'inline-block', width: 10, height: 10, borderRadius: 5, background: COLOURS[i % COLOURS.length], border: '1px solid #8c8c8c' }} />,
            children: (
              <span>
                <Typography.Text strong>{p.phase}</Typography.Text>：{p.startsOn} 至 {p.endsOn}（{dayjs(p.endsOn).diff(dayjs(p.startsOn), 'day') + 1} 天）
              </span>
            ),
          }))}
        />
      </Col>
    </Row>
  );
}
