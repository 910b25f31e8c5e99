import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Card, DatePicker, Empty, Flex, Form, InputNumber, Progress, Select, Space, Statistic, Table, Typography } from 'antd';
import { CalculatorOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQuery } from '@apollo/client/react';
import { SILENT } from '../../apollo';
import { ContentCard, PageContainer } from '../../components/PageContainer';
import type { SimulationFieldsFragment, SimulationJobsQuery } from '../../gql/graphql';
import { formatDateTime } from '../../utils/datetime';
import { errorText } from '../../utils/errors';
import { formatYuan } from '../../utils/money';
import { displayToInput, INPUT_SUFFIX, inputToValue, type InputValue } from './param-value';
import { CancelJobButton } from '../jobs/JobsPage';
import { isJobActive, progressColumn, requestedColumn, statusColumn } from './job-columns';
import { PARAMETERS, SIMULATION_JOB, SIMULATION_JOBS, START_SIMULATION } from './whatif.graphql';
import { ACCENT } from '../../theme';

type Result = SimulationFieldsFragment;
type Recent = SimulationJobsQuery['simulationJobs']['items'][number];
type Row = Result['rows'][number];

interface ChangeForm {
  parameterCode?: string;
  value?: InputValue;
}

const signedYuan = (fen: number) => `${fen > 0 ? '+' : ''}${formatYuan(fen)}`;

/** Horizontal bars of the monthly cost change per town (SVG, no chart library). */
function DeltaBars({ rows }: { rows: Row[] }) {
  const byTown = useMemo(() => {
    const m = new Map<string, { name: string; delta: number; gaining: number; losing: number }>();
    for (const r of rows) {
      const k = r.townCode ?? '';
      const x = m.get(k) ?? { name: r.townName ?? k, delta: 0, gaining: 0, losing: 0 };
      x.delta += r.deltaMonthlyFen;
      x.gaining += r.gaining;
      x.losing += r.losing;
      m.set(k, x);
    }
    return [...m.values()];
  }, [rows]);
  if (!byTown.length) return <Empty description="没有受影响的家庭" />;
  const max = Math.max(1, ...byTown.map((t) => Math.abs(t.delta)));
  const label = 120;
  const width = 720;
  const half = (width - label - 140) / 2;
  const rowH = 26;
  const axis = label + half;
  return (
    <svg width="100%" viewBox={`0 0 ${width} ${byTown.length * rowH + 24}`} role="img" aria-label="各镇街每月金额变化" style={{ maxWidth: width }}>
      <line x1={axis} x2={axis} y1={0} y2={byTown.length * rowH} stroke="#d9d9d9" />
      {byTown.map((t, i) => {
        const w = (Math.abs(t.delta) / max) * half;
        const y = i * rowH + 4;
        const x = t.delta >= 0 ? axis : axis - w;
        return (
          <g key={t.name}>
            <text x={label - 8} y={y + 14} textAnchor="end" fontSize={12} fill="#595959">
              {t.name}
            </text>
            <rect x={x} y={y} width={Math.max(w, 1)} height={18} rx={2} fill={t.delta >= 0 ? ACCENT.primary : ACCENT.warning} />
            <text x={t.delta >= 0 ? axis + w + 6 : axis + 6} y={y + 14} fontSize={12} fill="#262626">
              {signedYuan(t.delta)} 元（+{t.gaining} / −{t.losing} 户）
            </text>
          </g>
        );
      })}
      <text x={axis} y={byTown.length * rowH + 18} textAnchor="middle" fontSize={11} fill="#8c8c8c">
        每月金额变化（元）：右为增加，左为减少
      </text>
    </svg>
  );
}

/**
 * 模拟测算: what-if of parameter values over the whole ledger in scope; nothing is saved. The evaluation
 * runs as a background job (minutes at district scale): the page polls it every 2 s with a progress bar,
 * then shows its result; recent simulations of the area are listed below the form.
 */
export default function SimulationPage() {
  const [asOf, setAsOf] = useState<Dayjs>(() => dayjs());
  const [form] = Form.useForm<{ changes: ChangeForm[] }>();
  const [jobId, setJobId] = useState<string | null>(null);
  const params = useQuery(PARAMETERS, { variables: { asOf: asOf.format('YYYY-MM-DD') }, context: SILENT });
  const [start, started] = useMutation(START_SIMULATION, { context: SILENT, refetchQueries: ['SimulationJobs'] });
  const recent = useQuery(SIMULATION_JOBS, { variables: { page: 1, pageSize: 10 }, fetchPolicy: 'cache-and-network', context: SILENT });
  const jobQuery = useQuery(SIMULATION_JOB, { variables: { id: jobId ?? '' }, skip: !jobId, fetchPolicy: 'network-only', context: SILENT });
  const job = jobQuery.data?.simulationJob;
  const active = !!jobId && (!job || isJobActive(job.status));
  const { startPolling, stopPolling } = jobQuery;
  useEffect(() => {
    if (active) startPolling(2000);
    else stopPolling();
    return () => stopPolling();
  }, [active, startPolling, stopPolling]);
  const refetchRecent = recent.refetch;
  const status = job?.status;
  useEffect(() => {
    if (status && !isJobActive(status)) void refetchRecent();
  }, [status, refetchRecent]);
  const list = params.data?.parameters ?? [];
  const byCode = new Map(list.map((p) => [p.code, p]));
  const changes = Form.useWatch('changes', form) ?? [];
  const result = job?.status === 'DONE' ? job.result : null;
  const error = started.error ?? jobQuery.error;

  const run = (v: { changes: ChangeForm[] }) => {
    const ch = v.changes
      .filter((c) => c.parameterCode)
      .map((c) => ({ parameterCode: c.parameterCode!, value: inputToValue(byCode.get(c.parameterCode!)!.unit, c.value ?? null) }));
    void start({ variables: { changes: ch, asOf: asOf.format('YYYY-MM-DD') } })
      .then((r) => r.data && setJobId(r.data.startSimulation.id))
      .catch(() => undefined);
  };

  return (
    <PageContainer title="模拟测算">
      <ContentCard>
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          按拟调整的参数值评估本辖区全部家庭，与现行参数对比新增、减少的符合家庭和每月金额变化。测算在后台分批进行（全区约需数分钟），可离开本页稍后在“最近测算”中查看；测算不改动台账，仅记入操作日志。
        </Typography.Paragraph>
        <Form form={form} layout="vertical" onFinish={run} initialValues={{ changes: [{}] }}>
          <Form.Item label="测算日期" style={{ marginBottom: 12 }}>
            <DatePicker value={asOf} allowClear={false} onChange={(d) => d && setAsOf(d)} aria-label="测算日期" />
          </Form.Item>
          <Form.List name="changes">
            {(fields, { add, remove }) => (
              <Flex vertical gap={8}>
                {fields.map((f, i) => {
                  const p = byCode.get(changes[i]?.parameterCode ?? '');
                  return (
                    <Flex key={f.key} gap={8} align="start" wrap>
                      <Form.Item name={[f.name, 'parameterCode']} rules={[{ required: true, message: '请选择参数' }]} style={{ width: 380, margin: 0 }}>
                        <Select
                          showSearch={{ optionFilterProp: 'label' }}
                          placeholder="选择参数"
                          aria-label={`参数${i + 1}`}
                          options={list.filter((x) => x.unit !== 'codes').map((x) => ({ value: x.code, label: `${x.name}（${x.programCode}）` }))}
                          onChange={(code: string) => {
                            const q = byCode.get(code);
                            form.setFieldValue(['changes', f.name, 'value'], q ? displayToInput(q.unit, q.valueAt, q.codesAt) : null);
                          }}
                        />
                      </Form.Item>
                      <Form.Item name={[f.name, 'value']} rules={[{ required: true, message: '请填写拟调整值' }]} style={{ width: 220, margin: 0 }}>
                        <InputNumber
                          min={0}
                          style={{ width: '100%' }}
                          suffix={p ? INPUT_SUFFIX[p.unit] : undefined}
                          placeholder="拟调整值"
                          aria-label={`拟调整值${i + 1}`}
                        />
                      </Form.Item>
                      <Typography.Text type="secondary" style={{ lineHeight: '32px' }}>
                        {p ? `现行：${p.valueAt ?? '无'}` : ''}
                      </Typography.Text>
                      {fields.length > 1 && <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} aria-label="删除" />}
                    </Flex>
                  );
                })}
                <Space>
                  <Button icon={<PlusOutlined />} onClick={() => add({})} disabled={fields.length >= 20}>
                    添加参数
                  </Button>
                  <Button type="primary" htmlType="submit" icon={<CalculatorOutlined />} loading={started.loading || active} data-testid="run-simulation">
                    开始测算
                  </Button>
                </Space>
              </Flex>
            )}
          </Form.List>
        </Form>
      </ContentCard>
      {error && <Alert type="error" showIcon title={errorText(error)} />}
      {job && job.status !== 'DONE' && (
        <ContentCard>
          {job.status === 'FAILED' || job.status === 'CANCELLED' ? (
            <Alert type={job.status === 'FAILED' ? 'error' : 'warning'} showIcon title={job.status === 'FAILED' ? (job.error ?? '测算失败') : '测算已取消'} />
          ) : (
            <Flex vertical gap={4} data-testid="simulation-progress">
              <Typography.Text type="secondary">
                {job.status === 'QUEUED' ? '排队等待后台测算……' : `正在评估本辖区全部家庭：${job.processed} / ${job.total} 户`}
              </Typography.Text>
              <Progress percent={job.progress} status="active" aria-label="测算进度" />
            </Flex>
          )}
        </ContentCard>
      )}
      {result && (
        <>
          <Flex gap={16} wrap>
            <Card size="small" style={{ flex: 1, minWidth: 160 }}>
              <Statistic title="评估家庭" value={result.households} suffix="户" />
            </Card>
            <Card size="small" style={{ flex: 1, minWidth: 160 }}>
              <Statistic title="新增符合" value={result.householdsGaining} suffix="户" styles={{ content: { color: ACCENT.primary } }} />
            </Card>
            <Card size="small" style={{ flex: 1, minWidth: 160 }}>
              <Statistic title="不再符合" value={result.householdsLosing} suffix="户" styles={{ content: { color: ACCENT.warning } }} />
            </Card>
            <Card size="small" style={{ flex: 1.4, minWidth: 220 }}>
              <Statistic title="每月金额变化（元）" value={signedYuan(result.deltaMonthlyFen)} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatYuan(result.currentMonthlyFen)} → {formatYuan(result.proposedMonthlyFen)}；用时 {(result.elapsedMs / 1000).toFixed(1)} 秒
              </Typography.Text>
            </Card>
          </Flex>
          <ContentCard title="各镇街每月金额变化">
            <DeltaBars rows={result.rows} />
          </ContentCard>
          <ContentCard title="按事项合计">
            <Table
              rowKey="programCode"
              size="small"
              pagination={false}
              dataSource={result.programTotals}
              columns={[
                { title: '事项', dataIndex: 'programName' },
                { title: '现行符合（户）', dataIndex: 'currentEligible', align: 'right' },
                { title: '调整后符合（户）', dataIndex: 'proposedEligible', align: 'right' },
                { title: '新增', dataIndex: 'gaining', align: 'right' },
                { title: '减少', dataIndex: 'losing', align: 'right' },
                { title: '每月金额变化（元）', dataIndex: 'deltaMonthlyFen', align: 'right', render: (v: number) => signedYuan(v) },
              ]}
            />
          </ContentCard>
          <ContentCard title="镇街 × 事项">
            <Table<Row>
              rowKey={(r) => `${r.townCode}-${r.programCode}`}
              size="small"
              dataSource={result.rows}
              pagination={{ pageSize: 20, showTotal: (n) => `共 ${n} 行` }}
              columns={[
                { title: '镇街', dataIndex: 'townName', width: 140, render: (v: string | null, r) => v ?? r.townCode },
                { title: '事项', dataIndex: 'programName' },
                { title: '现行符合', dataIndex: 'currentEligible', align: 'right', width: 100 },
                { title: '调整后符合', dataIndex: 'proposedEligible', align: 'right', width: 110 },
                { title: '新增', dataIndex: 'gaining', align: 'right', width: 80 },
                { title: '减少', dataIndex: 'losing', align: 'right', width: 80 },
                { title: '现行月金额（元）', dataIndex: 'currentMonthlyFen', align: 'right', width: 150, render: (v: number) => formatYuan(v) },
                { title: '每月变化（元）', dataIndex: 'deltaMonthlyFen', align: 'right', width: 140, render: (v: number) => signedYuan(v) },
              ]}
            />
          </ContentCard>
        </>
      )}
      <ContentCard title="最近测算">
        <Table<Recent>
          rowKey="id"
          size="small"
          loading={recent.loading && !recent.data}
          dataSource={recent.data?.simulationJobs.items ?? []}
          pagination={false}
          rowClassName={(j) => (j.id === jobId ? 'ant-table-row-selected' : '')}
          columns={[
            requestedColumn<Recent>(),
            { title: '拟调整参数', render: (_: unknown, j) => j.changes.map((c) => `${c.parameterName} → ${c.proposedValue}`).join('；') },
            { title: '测算日期', dataIndex: 'asOf', width: 100 },
            { title: '区域', dataIndex: 'areaName', width: 100 },
            progressColumn<Recent>(),
            statusColumn<Recent>(),
            { title: '每月金额变化（元）', width: 140, align: 'right', render: (_: unknown, j) => (j.result ? signedYuan(j.result.deltaMonthlyFen) : '—') },
            {
              title: '操作',
              width: 130,
              render: (_: unknown, j) => (
                <Space size={0}>
                  <Button
                    type="link"
                    size="small"
                    disabled={j.id === jobId}
                    onClick={() => setJobId(j.id)}
                    aria-label={`查看测算 ${formatDateTime(j.createdAt)}`}
                  >
                    查看
                  </Button>
                  <CancelJobButton job={j} onDone={() => void refetchRecent()} />
                </Space>
              ),
            },
          ]}
        />
      </ContentCard>
    </PageContainer>
  );
}
