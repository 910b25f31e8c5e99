import { Alert, App, Breadcrumb, Button, Card, Segmented, Space, Spin, Table, Typography, type TableColumnsType } from 'antd';
import { DownloadOutlined, FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { PageContainer } from '../../components/PageContainer';
import { ScrollBox } from '../../components/ScrollBox';
import type { StatsDashboardQuery } from '../../gql/graphql';
import { errorText } from '../../utils/errors';
import { EChart, type ChartInstance, type ChartOption } from './EChart';
import { STATS_DASHBOARD } from './stats.graphql';
import styles from './stats.module.css';
import { saveAs, xlsxBytes, type Cell } from './xlsx';

type Dash = StatsDashboardQuery['dashboard'];
type Section = Dash['sections'][number];
type Row = Section['rows'][number];

const KIND_LABEL: Record<string, string> = { DEPARTMENT: '部门', TIER: '层级', PROGRAM: '救助事项', RULE: '比对规则' };
const kindLabel = (s: Section, level: number) => (s.rowKind === 'AREA' ? (level === 1 ? '镇街' : '村社') : (KIND_LABEL[s.rowKind] ?? '项目'));
const fmt = (v: number | null | undefined) => (v === null || v === undefined ? '—' : v.toLocaleString('zh-CN'));
const colIndex = (s: Section, key: string) => s.columns.findIndex((c) => c.key === key);
/** Code-list rows (programs, rules) with nothing to show would crowd a chart: draw the rows with data (all when none has). */
const chartRows = (s: Section): Row[] => {
  if (s.rowKind !== 'PROGRAM' && s.rowKind !== 'RULE') return s.rows;
  const some = s.rows.filter((r) => r.values.some((v) => v));
  return some.length ? some : s.rows;
};
const header = (s: Section) => s.columns.map((c) => (c.unit ? `${c.name}（${c.unit}）` : c.name));

function bars(s: Section, keys: string[], opts: { stack?: boolean; horizontal?: boolean } = {}): ChartOption {
  const rows = chartRows(s);
  const cats = rows.map((r) => r.name);
  const catAxis = { type: 'category' as const, data: cats, axisLabel: { interval: 0, width: opts.horizontal ? 120 : 80, overflow: 'truncate' as const } };
  const valAxis = { type: 'value' as const, minInterval: 1 };
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: opts.horizontal ? valAxis : { ...catAxis, axisLabel: { ...catAxis.axisLabel, rotate: cats.length > 6 ? 30 : 0 } },
    yAxis: opts.horizontal ? { ...catAxis, inverse: true } : valAxis,
    series: keys.map((k) => {
      const i = colIndex(s, k);
      return {
        type: 'bar' as const,
        name: s.columns[i]?.name ?? k,
        stack: opts.stack ? 'all' : undefined,
        data: rows.map((r) => r.values[i] ?? 0),
        barMaxWidth: 28,
      };
    }),
  };
}

function lines(s: Section): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: s.columns.map((c) => c.name) },
    yAxis: { type: 'value' },
    series: s.rows.map((r) => ({ type: 'line' as const, name: r.name, data: r.values.map((v) => v ?? 0), smooth: false })),
  };
}

function pie(s: Section, key: string): ChartOption {
  const i = colIndex(s, key);
  return {
    tooltip: { trigger: 'item' },
    legend: { top: 0, type: 'scroll' },
    series: [
      {
        type: 'pie',
        radius: ['35%', '65%'],
        top: 24,
        stillShowZeroSum: false,
        data: s.rows.map((r) => ({ name: r.name, value: r.values[i] ?? 0 })),
        label: { formatter: '{b}: {c}' },
      },
    ],
  };
}

interface View {
  label: string;
  code: string;
  chart: (s: Section) => ChartOption;
}

/** One card: a chart of one section (or a choice of sections), its table, 下载图片 and 导出数据. */
function StatsCard(props: { dash: Dash; views: View[]; wide?: boolean; onDrill: (code: string) => void }) {
  const { dash } = props;
  const { message } = App.useApp();
  const [viewCode, setViewCode] = useState(props.views[0].code);
  const view = props.views.find((v) => v.code === viewCode) ?? props.views[0];
  const section = dash.sections.find((s) => s.code === view.code);
  const chart = useRef<ChartInstance | null>(null);
  const option = useMemo(() => (section ? view.chart(section) : null), [section, view]);
  if (!section || !option) return null;
  const drillable = section.rowKind === 'AREA' && dash.area.level < 3;
  const fileBase = `${section.title}-${dash.area.name}`;

  const exportData = () => {
    const rows: Cell[][] = [
      [kindLabel(section, dash.area.level), ...header(section)],
      ...section.rows.map((r) => [r.name, ...r.values]),
      [section.total.name, ...section.total.values],
      [],
      [`${dash.area.name} · 统计期间 ${dash.from} 至 ${dash.to}`],
    ];
    saveAs(xlsxBytes(section.title, rows), `${fileBase}.xlsx`);
    void message.success('已导出数据');
  };
  const downloadImage = () => {
    const url = chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
    if (url) saveAs(url, `${fileBase}.png`);
  };

  const columns: TableColumnsType<Row> = [
    {
      title: kindLabel(section, dash.area.level),
      dataIndex: 'name',
      width: 150,
      render: (name: string, r) =>
        drillable && r.key !== '*' ? (
          <Link
            to={`/stats?area=${r.key}`}
            onClick={(e) => {
              e.preventDefault();
              props.onDrill(r.key);
            }}
          >
            {name}
          </Link>
        ) : (
          name
        ),
    },
    ...section.columns.map((c, i) => ({
      title: c.unit ? `${c.name}（${c.unit}）` : c.name,
      key: c.key,
      align: 'right' as const,
      render: (_: unknown, r: Row) => fmt(r.values[i]),
    })),
  ];

  return (
    <Card
      className={`${styles.card} ${props.wide ? styles.wide : ''}`}
      title={section.title}
      size="small"
      extra={
        <Space size={4} wrap className={styles.noPrint}>
          {props.views.length > 1 && (
            <Segmented
              size="small"
              value={view.code}
              onChange={(v) => setViewCode(String(v))}
              options={props.views.map((v) => ({ label: v.label, value: v.code }))}
            />
          )}
          <Button size="small" icon={<DownloadOutlined />} onClick={downloadImage}>
            下载图片
          </Button>
          <Button size="small" icon={<FileExcelOutlined />} onClick={exportData}>
            导出数据
          </Button>
        </Space>
      }
    >
      <EChart
        option={option}
        label={`${section.title}（${dash.area.name}）图表，数据见下表`}
        chartRef={chart}
        height={section.rowKind === 'PROGRAM' || section.rowKind === 'RULE' ? 320 : 260}
        onClick={drillable ? (i) => props.onDrill(chartRows(section)[i].key) : undefined}
      />
      <ScrollBox label={`${section.title}数据表`} maxHeight={100_000} style={{ marginTop: 8 }}>
        <Table<Row>
          size="small"
          rowKey="key"
          columns={columns}
          dataSource={section.rows}
          pagination={false}
          // Wider than a half card when it has many columns: the ScrollBox (focusable) scrolls it, not the table.
          style={{ minWidth: 150 + 96 * section.columns.length }}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>
                <Typography.Text strong>{section.total.name}</Typography.Text>
              </Table.Summary.Cell>
              {section.total.values.map((v, i) => (
                <Table.Summary.Cell key={section.columns[i]?.key ?? i} index={i + 1} align="right">
                  <Typography.Text strong>{fmt(v)}</Typography.Text>
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          )}
        />
      </ScrollBox>
    </Card>
  );
}

/** The cards: one or more sections each (a Segmented switches between them). */
const VIEWS = {
  tier: [{ label: '按层级', code: 'recipientsByTier', chart: (s: Section) => pie(s, 'households') }],
  program: [{ label: '按事项', code: 'recipientsByProgram', chart: (s: Section) => bars(s, ['households'], { horizontal: true }) }],
  area: [{ label: '按区域', code: 'recipientsByArea', chart: (s: Section) => bars(s, ['T1', 'T2', 'T3', 'T4'], { stack: true }) }],
  trend: [
    { label: '家庭数', code: 'trendRecipients', chart: lines },
    { label: '金额', code: 'trendAmounts', chart: lines },
  ],
  timely: [
    { label: '按部门', code: 'timelinessByDepartment', chart: (s: Section) => bars(s, ['onTimeRate', 'avgDays']) },
    { label: '按事项', code: 'timelinessByProgram', chart: (s: Section) => bars(s, ['onTimeRate', 'avgDays']) },
  ],
  overdue: [
    { label: '按部门', code: 'overdueByDepartment', chart: (s: Section) => bars(s, ['amber', 'red', 'supervised', 'notesUnanswered']) },
    { label: '按区域', code: 'overdueByArea', chart: (s: Section) => bars(s, ['amber', 'red', 'supervised', 'notesUnanswered']) },
    { label: '会商任务', code: 'consultationTasksByDepartment', chart: (s: Section) => bars(s, ['open', 'amber', 'red', 'done']) },
  ],
  findings: [
    {
      label: '按规则',
      code: 'findingsByRule',
      chart: (s: Section) => bars(s, ['PENDING', 'CONFIRMED', 'DISMISSED', 'RESOLVED'], { stack: true, horizontal: true }),
    },
    { label: '按区域', code: 'findingsByArea', chart: (s: Section) => bars(s, ['PENDING', 'CONFIRMED', 'DISMISSED', 'RESOLVED'], { stack: true }) },
  ],
  activity: [
    { label: '按区域', code: 'activityByArea', chart: (s: Section) => bars(s, ['visits', 'visitsOpen', 'portal', 'informant', 'public', 'messages']) },
  ],
} satisfies Record<string, View[]>;

/**
 * 统计看板 (modules/dashboard): recipients by tier, program and area; monthly trends by department; referral
 * timeliness; overdue and 督办 (and the joint meeting's 会商任务); 疑点; discovery and portal activity — for the reader's area, drilled down
 * district → town → village by the breadcrumb, a bar or a table row. 打印 prints the cards without the menu.
 */
export default function StatsPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const areaCode = params.get('area') || null;
  const { data, loading, error } = useQuery(STATS_DASHBOARD, { variables: { areaCode }, fetchPolicy: 'cache-and-network' });
  const dash = data?.dashboard;
  const drill = (code: string) => navigate(`/stats?area=${code}`);

  return (
    <PageContainer
      title="统计看板"
      extra={
        <Space className={styles.noPrint}>
          {dash && (
            <Typography.Text type="secondary">
              统计期间 {dash.from} 至 {dash.to}
            </Typography.Text>
          )}
          <Button icon={<PrinterOutlined />} onClick={() => window.print()} disabled={!dash}>
            打印
          </Button>
        </Space>
      }
    >
      {error && <Alert type="error" showIcon title={errorText(error)} />}
      {dash && (
        <Space direction="vertical" size={4}>
          <Breadcrumb
            items={dash.path.map((a) => ({
              key: a.code,
              title: a.code === dash.area.code ? a.name : <Link to={`/stats?area=${a.code}`}>{a.name}</Link>,
            }))}
          />
          <Typography.Text type="secondary" className={styles.noPrint}>
            {dash.area.level < 3 ? `点击图中的柱形或表中的${dash.area.level === 1 ? '镇街' : '村社'}名称下钻。` : '村社为最下一级。'}
            救助对象、在办事项、疑点和走访任务为当前数；办结、督办单、预申请、线索和留言为统计期间内的数量。
          </Typography.Text>
        </Space>
      )}
      {loading && !dash && <Spin />}
      {dash && (
        <div className={styles.grid}>
          <StatsCard dash={dash} views={VIEWS.tier} onDrill={drill} />
          <StatsCard dash={dash} views={VIEWS.area} onDrill={drill} />
          <StatsCard dash={dash} views={VIEWS.program} onDrill={drill} />
          <StatsCard dash={dash} views={VIEWS.trend} wide onDrill={drill} />
          <StatsCard dash={dash} views={VIEWS.timely} onDrill={drill} />
          <StatsCard dash={dash} views={VIEWS.overdue} onDrill={drill} />
          <StatsCard dash={dash} views={VIEWS.findings} onDrill={drill} />
          <StatsCard dash={dash} views={VIEWS.activity} wide onDrill={drill} />
        </div>
      )}
    </PageContainer>
  );
}
