import { App, Button, Form, Input, Radio, Segmented, Select, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { AimOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { SILENT } from '../../apollo';
import { useCan } from '../../auth/CurrentUserContext';
import { FormModal } from '../../components/FormModal';
import { ContentCard, PageContainer } from '../../components/PageContainer';
import { useFilters } from '../../components/paging';
import { useDialog } from '../../components/useDialog';
import type { DiscoveryOverviewQuery, VisitTaskFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../utils/datetime';
import { errorText } from '../../utils/errors';
import { DISCOVERY_OVERVIEW, RECORD_VISIT_OUTCOME, RUN_DISCOVERY, VISIT_TASKS } from './discovery.graphql';
import { ExportButton } from '../../components/ExportButton';

type Task = VisitTaskFieldsFragment;
type Stats = DiscoveryOverviewQuery['visitTaskStats'][number];
type Status = 'OPEN' | 'DONE';

const OUTCOMES = [
  { value: 'APPLIED', label: '已申请' },
  { value: 'NOT_NEEDED', label: '无需救助' },
  { value: 'REFUSED', label: '本人拒绝' },
];

const count = (n: number, color?: string) =>
  n ? <span style={{ color, fontWeight: color ? 600 : undefined }}>{n}</span> : <Typography.Text type="secondary">0</Typography.Text>;

/**
 * 主动发现 (政策找人, modules/discovery): the rules' visit tasks for the reader's area — 待走访 by deadline, overdue in red —
 * the outcome of each visit (已申请 / 无需救助 / 本人拒绝), and the counts per rule.
 */
export default function DiscoveryPage() {
  const can = useCan();
  const { message } = App.useApp();
  const [status, setStatus] = useState<Status>('OPEN');
  const [ruleCode, setRuleCode] = useState<string | undefined>();
  const { page, pageSize, pagination, reset } = useFilters<Record<string, never>>({});
  const overview = useQuery(DISCOVERY_OVERVIEW, { fetchPolicy: 'cache-and-network' });
  const { data, loading, refetch } = useQuery(VISIT_TASKS, { variables: { status, ruleCode, page, pageSize }, fetchPolicy: 'cache-and-network' });
  const [record] = useMutation(RECORD_VISIT_OUTCOME);
  const [run, running] = useMutation(RUN_DISCOVERY);
  const dialog = useDialog<Task>();
  const rules = overview.data?.discoveryRules ?? [];

  const reload = () => Promise.all([refetch(), overview.refetch()]);

  const runNow = async () => {
    try {
      const r = await run({ context: SILENT });
      const created = r.data!.runDiscovery.reduce((n, x) => n + x.created, 0);
      void message.success(created ? `新发现 ${created} 户，已生成走访任务` : '没有新发现的家庭');
      await reload();
    } catch (e) {
      void message.error(errorText(e));
    }
  };

  const statsColumns: TableColumnsType<Stats> = [
    {
      title: '发现规则',
      dataIndex: 'ruleName',
      render: (v: string, s) => {
        const rule = rules.find((r) => r.code === s.ruleCode);
        return rule ? (
          <Tooltip title={`${rule.description}（${rule.parameters}）`}>
            <span>{v}</span>
          </Tooltip>
        ) : (
          v
        );
      },
    },
    { title: '任务', dataIndex: 'total', width: 72, align: 'right', render: (n: number) => count(n) },
    { title: '待走访', dataIndex: 'open', width: 80, align: 'right', render: (n: number) => count(n, '#0958d9') },
    { title: '超期', dataIndex: 'overdue', width: 72, align: 'right', render: (n: number) => count(n, '#cf1322') },
    { title: '已申请', dataIndex: 'applied', width: 80, align: 'right', render: (n: number) => count(n) },
    { title: '无需救助', dataIndex: 'notNeeded', width: 88, align: 'right', render: (n: number) => count(n) },
    { title: '本人拒绝', dataIndex: 'refused', width: 88, align: 'right', render: (n: number) => count(n) },
  ];

  const columns: TableColumnsType<Task> = [
    {
      title: status === 'OPEN' ? '走访期限' : '走访结果',
      key: 'due',
      width: 130,
      render: (_, v) =>
        v.status === 'OPEN' ? (
          <Tag color={v.overdue ? 'red' : 'blue'}>
            {v.dueDate}
            {v.overdue ? ' 已超期' : ''}
          </Tag>
        ) : (
          <Tag color={v.outcome === 'APPLIED' ? 'green' : 'default'}>{v.outcomeName}</Tag>
        ),
    },
    { title: '发现规则', dataIndex: 'ruleName', width: 168, ellipsis: true },
    {
      title: '家庭',
      key: 'who',
      width: 120,
      render: (_, v) => (
        <Link to={`/ledger/${v.householdId}`}>
          {v.headName ?? '—'}
          {v.personName && v.personName !== v.headName ? `（${v.personName}）` : ''}
        </Link>
      ),
    },
    { title: '区划', dataIndex: 'areaName', width: 100, ellipsis: true, render: (a: string | null, v) => a ?? v.areaCode },
    { title: '发现的情况', dataIndex: 'summary', ellipsis: { showTitle: false }, render: (s: string) => <Tooltip title={s}>{s}</Tooltip> },
    ...(status === 'DONE'
      ? [{ title: '走访记录', key: 'done', width: 200, render: (_: unknown, v: Task) => `${v.doneByName ?? ''} ${formatDateTime(v.doneAt).slice(0, 16)}` }]
      : can('APPLICATION_WRITE')
        ? [
            {
              title: '操作',
              key: 'actions',
              width: 110,
              render: (_: unknown, v: Task) => (
                <Button type="link" size="small" onClick={() => dialog.open(v)}>
                  记录走访结果
                </Button>
              ),
            },
          ]
        : []),
  ];

  return (
    <PageContainer
      title="主动发现"
      extra={
        <Space>
          <ExportButton list="VISIT_TASKS" filter={{ status, ruleCode }} />
          {can('CROSSCHECK_RUN') && (
            <Button icon={<AimOutlined />} loading={running.loading} onClick={() => void runNow()}>
              立即运行发现规则
            </Button>
          )}
        </Space>
      }
    >
      <ContentCard>
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          政策找人：系统每晚随全面比对，用医保、残联、死亡等部门数据和救助台账找出可能需要救助的家庭，生成走访任务交所在村（社区）， 10
          个工作日内走访并记录结果。
        </Typography.Paragraph>
        <Table<Stats>
          rowKey="ruleCode"
          size="small"
          pagination={false}
          loading={overview.loading && !overview.data}
          dataSource={overview.data?.visitTaskStats ?? []}
          columns={statsColumns}
        />
      </ContentCard>
      <ContentCard>
        <Space wrap style={{ marginBottom: 16 }}>
          <Segmented<Status>
            value={status}
            onChange={(v) => {
              setStatus(v);
              reset();
            }}
            options={[
              { value: 'OPEN', label: '待走访' },
              { value: 'DONE', label: '已走访' },
            ]}
          />
          <Select
            aria-label="发现规则"
            allowClear
            placeholder="全部规则"
            style={{ width: 240 }}
            value={ruleCode}
            onChange={(v) => {
              setRuleCode(v);
              reset();
            }}
            options={rules.map((r) => ({ value: r.code, label: r.name }))}
          />
        </Space>
        <Table<Task>
          rowKey="id"
          size="small"
          loading={loading && !data}
          dataSource={data?.visitTasks.items ?? []}
          columns={columns}
          pagination={pagination(data?.visitTasks.total)}
          expandable={{
            expandedRowRender: (v) => (
              <Space orientation="vertical" size={2}>
                {v.lines.map((l) => (
                  <span key={l.label}>
                    {l.label}：{l.value}
                  </span>
                ))}
                {v.outcomeNote && <span>走访说明：{v.outcomeNote}</span>}
              </Space>
            ),
          }}
        />
      </ContentCard>
      <FormModal<{ outcome: string; note?: string }>
        open={dialog.isOpen}
        title={`记录走访结果：${dialog.target?.headName ?? ''}`}
        initialValues={{ outcome: 'APPLIED' }}
        onCancel={dialog.close}
        onSubmit={async (v) => {
          const t = dialog.target!;
          await record({ variables: { id: t.id, outcome: v.outcome as never, note: v.note?.trim() || null, version: t.version }, context: SILENT });
          void message.success('已记录走访结果');
          dialog.close();
          await reload();
        }}
      >
        {dialog.target && <Typography.Paragraph>{dialog.target.summary}</Typography.Paragraph>}
        <Form.Item name="outcome" label="走访结果" rules={[{ required: true, message: '请选择走访结果' }]}>
          <Radio.Group options={OUTCOMES} />
        </Form.Item>
        <Form.Item name="note" label="说明（无需救助、本人拒绝时必填）">
          <Input.TextArea rows={3} maxLength={500} showCount placeholder="如：已到村委会提交临时救助申请；家庭收入稳定，暂不需要" />
        </Form.Item>
      </FormModal>
    </PageContainer>
  );
}
