import { useState } from 'react';
import { Alert, App, Button, Checkbox, Flex, Form, Input, Select, Space, Statistic, Table, Tabs, Typography, type TableColumnsType } from 'antd';
import { CheckOutlined, CloseOutlined, ReloadOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router-dom';
import { SILENT } from '../../apollo';
import { useCan, useCurrentUser } from '../../auth/CurrentUserContext';
import { AreaCascader } from '../../components/AreaCascader';
import { emptyText } from '../../components/emptyText';
import { FormModal } from '../../components/FormModal';
import { LinkOutsideRouter } from '../../components/LinkOutsideRouter';
import { ExportButton } from '../../components/ExportButton';
import { ContentCard, PageContainer } from '../../components/PageContainer';
import { useFilters } from '../../components/paging';
import { SearchBar } from '../../components/SearchBar';
import { TextFormModal } from '../../components/TextFormModal';
import { useDialog } from '../../components/useDialog';
import type { FindingFieldsFragment, FindingFilterInput, FindingStatsQuery, FindingTaskOutcome } from '../../gql/graphql';
import { enumOptions } from '../../utils/enums';
import { errorText } from '../../utils/errors';
import { FindingDrawer } from './FindingDrawer';
import { DueDate, SeverityTag, StatusTag } from './finding-ui';
import { COMPLETE_FINDING_TASK, CROSSCHECK_RULES, FINDING_STATS, FINDINGS, REVIEW_FINDINGS, RUN_CROSSCHECK } from './findings.graphql';

type Finding = FindingFieldsFragment;
type Filters = Pick<FindingFilterInput, 'ruleNo' | 'areaCode' | 'severity' | 'status' | 'overdue' | 'keyword'>;
type Stats = FindingStatsQuery['findingStats'];
type RuleRow = Stats['byRule'][number];
type TownRow = Stats['byTown'][number];

/** Most findings one review may decide (the server's REVIEW_BATCH_MAX). */
const REVIEW_MAX = 100;

function useRuleOptions() {
  const { data } = useQuery(CROSSCHECK_RULES, { context: SILENT });
  return (data?.crosscheckRules ?? []).filter((r) => r.implemented).map((r) => ({ value: r.no, label: `${r.no}. ${r.name}` }));
}

function baseColumns(openEvidence: (f: Finding) => void): TableColumnsType<Finding> {
  return [
    {
      title: '规则',
      key: 'rule',
      render: (_, f) => (
        <Flex vertical gap={0}>
          <span>
            {f.ruleNo}. {f.ruleName}
          </span>
          <Typography.Text type="secondary" ellipsis={{ tooltip: f.summary }} style={{ fontSize: 12, maxWidth: 300 }}>
            {f.summary}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: '对象',
      key: 'person',
      width: 160,
      render: (_, f) => (
        <Flex vertical gap={0}>
          <span>{f.householdId ? <Link to={`/ledger/${f.householdId}`}>{f.personName ?? '—'}</Link> : (f.personName ?? '—')}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }} className="nowrap">
            {f.idMasked}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: '村社',
      key: 'area',
      width: 120,
      render: (_, f) => (
        <Flex vertical gap={0}>
          <span>{f.areaName ?? f.areaCode}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {f.townName}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: '救助事项', dataIndex: 'programName', width: 130, ellipsis: true, render: (v: string | null) => v ?? '—' },
    { title: '严重程度', dataIndex: 'severity', width: 84, render: (v: string) => <SeverityTag severity={v} /> },
    { title: '状态', dataIndex: 'status', width: 76, render: (v: string) => <StatusTag status={v} /> },
    { title: '复核截止', dataIndex: 'dueDate', width: 130, render: (_, f) => <DueDate finding={f} /> },
    {
      title: '操作',
      key: 'actions',
      width: 64,
      render: (_, f) => (
        <Button type="link" size="small" onClick={() => openEvidence(f)} aria-label={`查看依据：${f.personName ?? ''} ${f.ruleName}`}>
          依据
        </Button>
      ),
    },
  ];
}

/** 属实 / 排除 of the given findings (排除 needs a reason; 属实 takes an optional opinion). */
function useReview(onDone: () => Promise<unknown>) {
  const { message } = App.useApp();
  const [review] = useMutation(REVIEW_FINDINGS, { context: SILENT });
  const dialog = useDialog<{ ids: string[]; decision: 'CONFIRMED' | 'DISMISSED' }>();
  const modal = dialog.target && (
    <TextFormModal
      open={dialog.isOpen}
      title={dialog.target.decision === 'DISMISSED' ? `排除 ${dialog.target.ids.length} 条疑点` : `确认 ${dialog.target.ids.length} 条疑点属实`}
      okText={dialog.target.decision === 'DISMISSED' ? '排除' : '属实'}
      name="reason"
      label={dialog.target.decision === 'DISMISSED' ? '排除理由' : '复核意见（可不填）'}
      required={dialog.target.decision === 'DISMISSED' ? '请填写排除理由' : undefined}
      placeholder={
        dialog.target.decision === 'DISMISSED' ? '如：经入户核实，该车辆已于 2025 年转让，提供了转让登记证明' : '属实后转主管部门处理（停止、暂停、渐退或调整）'
      }
      maxLength={500}
      onCancel={dialog.close}
      onSubmit={async (text) => {
        const t = dialog.target!;
        if (t.decision === 'DISMISSED' && text.length < 4) throw new Error('排除理由至少 4 个字');
        await review({ variables: { input: { ids: t.ids, decision: t.decision, reason: text || null } } });
        void message.success(t.decision === 'DISMISSED' ? `已排除 ${t.ids.length} 条疑点` : `已确认 ${t.ids.length} 条疑点属实，转主管部门处理`);
        dialog.close();
        await onDone();
      }}
    />
  );
  return { open: dialog.open, modal };
}

function FindingList() {
  const can = useCan();
  const reviewer = can('FINDING_REVIEW');
  const ruleOptions = useRuleOptions();
  const { filters, setFilters, page, pageSize, pagination } = useFilters<Filters>({});
  const { data, loading, error, refetch } = useQuery(FINDINGS, {
    variables: { filter: filters, page, pageSize },
    fetchPolicy: 'cache-and-network',
    context: SILENT,
  });
  const [selected, setSelected] = useState<string[]>([]);
  const drawer = useDialog<string>();
  const reload = async () => {
    setSelected([]);
    await refetch();
  };
  const review = useReview(reload);
  const items = data?.findings.items ?? [];

  return (
    <>
      <SearchBar<Filters> onSearch={(v) => setFilters({ ...v, overdue: v.overdue || undefined })} extra={<ExportButton list="FINDINGS" filter={filters} />}>
        <Form.Item name="ruleNo" label="规则">
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} placeholder="全部规则" options={ruleOptions} style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name="areaCode" label="区划">
          <AreaCascader style={{ width: 200 }} placeholder="全部区划" />
        </Form.Item>
        <Form.Item name="severity" label="严重程度">
          <Select allowClear placeholder="全部" options={enumOptions('FindingSeverity')} style={{ width: 90 }} />
        </Form.Item>
        <Form.Item name="status" label="状态">
          <Select allowClear placeholder="全部" options={enumOptions('CrosscheckFindingStatus')} style={{ width: 100 }} />
        </Form.Item>
        <Form.Item name="keyword" label="姓名">
          <Input allowClear placeholder="姓名（前缀）" style={{ width: 130 }} />
        </Form.Item>
        <Form.Item name="overdue" valuePropName="checked">
          <Checkbox>只看逾期未复核</Checkbox>
        </Form.Item>
      </SearchBar>
      {error && <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 12 }} />}
      {reviewer && (
        <Flex gap={12} align="center" style={{ marginBottom: 12 }}>
          <Typography.Text type="secondary">{selected.length ? `已选 ${selected.length} 条待复核疑点` : '勾选待复核的疑点后可批量复核'}</Typography.Text>
          <Button icon={<CheckOutlined />} disabled={!selected.length} onClick={() => review.open({ ids: selected, decision: 'CONFIRMED' })}>
            属实
          </Button>
          <Button danger icon={<CloseOutlined />} disabled={!selected.length} onClick={() => review.open({ ids: selected, decision: 'DISMISSED' })}>
            排除
          </Button>
        </Flex>
      )}
      <Table<Finding>
        rowKey="id"
        size="small"
        loading={loading && !data}
        dataSource={items}
        columns={baseColumns((f) => drawer.open(f.id))}
        pagination={pagination(data?.findings.total)}
        locale={{ emptyText: emptyText('没有符合条件的疑点') }}
        rowSelection={
          reviewer
            ? {
                selectedRowKeys: selected,
                onChange: (keys) => setSelected((keys as string[]).slice(0, REVIEW_MAX)),
                getCheckboxProps: (f) => ({ disabled: f.status !== 'PENDING', 'aria-label': `选择：${f.personName ?? ''} ${f.ruleName}` }),
                columnTitle: undefined,
              }
            : undefined
        }
      />
      <FindingDrawer
        id={drawer.target}
        open={drawer.isOpen}
        onClose={drawer.close}
        actions={(f) =>
          reviewer && f.status === 'PENDING' ? (
            <Space>
              <Button icon={<CheckOutlined />} onClick={() => review.open({ ids: [f.id], decision: 'CONFIRMED' })}>
                属实
              </Button>
              <Button danger icon={<CloseOutlined />} onClick={() => review.open({ ids: [f.id], decision: 'DISMISSED' })}>
                排除
              </Button>
            </Space>
          ) : null
        }
      />
      {review.modal}
    </>
  );
}

function countColumns<T extends RuleRow | TownRow>(first: TableColumnsType<T>[number]): TableColumnsType<T> {
  const n = (v: number, danger?: boolean) =>
    v ? <Typography.Text type={danger ? 'danger' : undefined}>{v}</Typography.Text> : <Typography.Text type="secondary">0</Typography.Text>;
  return [
    first,
    { title: '待复核', dataIndex: 'pending', width: 80, align: 'right', render: (v: number) => n(v) },
    { title: '逾期', dataIndex: 'overdue', width: 70, align: 'right', render: (v: number) => n(v, true) },
    { title: '属实', dataIndex: 'confirmed', width: 70, align: 'right', render: (v: number) => n(v) },
    { title: '部门待处理', dataIndex: 'tasksPending', width: 96, align: 'right', render: (v: number) => n(v) },
    { title: '排除', dataIndex: 'dismissed', width: 70, align: 'right', render: (v: number) => n(v) },
    { title: '已消除', dataIndex: 'resolved', width: 80, align: 'right', render: (v: number) => n(v) },
  ];
}

function FindingStatsPanel() {
  const { data, loading, error } = useQuery(FINDING_STATS, { fetchPolicy: 'cache-and-network', context: SILENT });
  const s = data?.findingStats;
  return (
    <Flex vertical gap={16}>
      {error && <Alert type="error" showIcon title={errorText(error)} />}
      {s && (
        <Flex gap={40} wrap align="end">
          <Statistic title="待复核" value={s.total.pending} />
          <Statistic title="逾期未复核" value={s.total.overdue} styles={{ content: { color: s.total.overdue ? '#cf1322' : undefined } }} />
          <Statistic title="属实" value={s.total.confirmed} />
          <Statistic title="部门待处理" value={s.total.tasksPending} />
          <Statistic title="排除" value={s.total.dismissed} />
          <Statistic title="已消除" value={s.total.resolved} />
          <Typography.Text type="secondary">统计日期 {s.asOf}</Typography.Text>
        </Flex>
      )}
      <Typography.Title level={5} style={{ margin: 0 }}>
        按规则
      </Typography.Title>
      <Table<RuleRow>
        rowKey="ruleNo"
        size="small"
        loading={loading && !s}
        pagination={false}
        dataSource={s?.byRule ?? []}
        columns={countColumns<RuleRow>({ title: '规则', key: 'rule', render: (_, r) => `${r.ruleNo}. ${r.ruleName}` })}
        locale={{ emptyText: emptyText('没有疑点') }}
      />
      <Typography.Title level={5} style={{ margin: 0 }}>
        按镇街
      </Typography.Title>
      <Table<TownRow>
        rowKey="areaCode"
        size="small"
        loading={loading && !s}
        pagination={false}
        dataSource={s?.byTown ?? []}
        columns={countColumns<TownRow>({ title: '镇街', key: 'town', render: (_, r) => r.areaName ?? r.areaCode })}
        locale={{ emptyText: emptyText('没有疑点') }}
      />
    </Flex>
  );
}

/** 待处理: confirmed findings on the department's own benefits, to stop, suspend, phase out, adjust or keep. */
function FindingTasks() {
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(FINDINGS, {
    variables: { filter: { status: 'CONFIRMED' }, page: 1, pageSize: 100 },
    fetchPolicy: 'cache-and-network',
    context: SILENT,
  });
  const [complete] = useMutation(COMPLETE_FINDING_TASK, { context: SILENT });
  const drawer = useDialog<string>();
  const handle = useDialog<Finding>();
  const tasks = (data?.findings.items ?? []).filter((f) => f.taskStatus === 'PENDING');
  const columns = baseColumns((f) => drawer.open(f.id));
  columns.splice(columns.length - 1, 1, {
    title: '操作',
    key: 'actions',
    width: 110,
    render: (_, f) => (
      <Space size={0}>
        <Button type="link" size="small" onClick={() => drawer.open(f.id)}>
          依据
        </Button>
        <Button type="link" size="small" onClick={() => handle.open(f)}>
          处理
        </Button>
      </Space>
    ),
  });
  return (
    <>
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        经镇街复核属实、涉及本部门救助事项的疑点：请核实后停止、暂停、转入渐退、调整金额或维持，并说明理由。
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 12 }} />}
      <Table<Finding>
        rowKey="id"
        size="small"
        loading={loading && !data}
        dataSource={tasks}
        columns={columns}
        pagination={{ pageSize: 20, showTotal: (t) => `共 ${t} 件` }}
        locale={{ emptyText: emptyText('没有待处理的疑点任务') }}
      />
      <FindingDrawer id={drawer.target} open={drawer.isOpen} onClose={drawer.close} />
      <FormModal<{ outcome: FindingTaskOutcome; note: string }>
        open={handle.isOpen}
        title={handle.target ? `处理疑点：${handle.target.personName ?? ''} ${handle.target.ruleName}` : '处理疑点'}
        okText="提交"
        onCancel={handle.close}
        onSubmit={async (v) => {
          await complete({ variables: { id: handle.target!.id, outcome: v.outcome, note: v.note.trim() } });
          void message.success('已处理');
          handle.close();
          await refetch();
        }}
      >
        <Form.Item name="outcome" label="处理结果" rules={[{ required: true, message: '请选择处理结果' }]}>
          <Select options={enumOptions('FindingTaskOutcome')} placeholder="请选择" />
        </Form.Item>
        <Form.Item name="note" label="说明" rules={[{ required: true, whitespace: true, message: '请填写处理说明' }]}>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </FormModal>
    </>
  );
}

/**
 * 疑点复核 (issue #12): findings of the cross-check in the user's scope — filters, evidence, batch review (属实 /
 * 排除 with a reason) for town windows, statistics by rule and town, the department's 待处理 tasks of confirmed
 * findings, and 立即全面比对 for who may run it.
 */
export default function FindingsPage() {
  const can = useCan();
  const user = useCurrentUser();
  const { message, modal } = App.useApp();
  const [run, { loading: running }] = useMutation(RUN_CROSSCHECK, { context: SILENT });
  // 刷新 remounts the tabs (their queries read again); statistics and tasks are read again whenever opened.
  const [refresh, setRefresh] = useState(0);
  const hasTasks = can('BENEFIT_MANAGE') && !!user.departmentId;
  // 工作台's to-do tiles may open a tab: /findings?tab=tasks (部门待处理) or ?tab=stats
  const [params] = useSearchParams();
  const [tab, setTab] = useState(() => {
    const t = params.get('tab');
    return (t === 'tasks' && hasTasks) || t === 'stats' ? t : 'list';
  });

  const runNow = () =>
    modal.confirm({
      title: '立即全面比对？',
      content: '按全部规则比对台账与已导入的数据，在后台执行，完成后新的疑点出现在列表中。',
      okText: '开始比对',
      cancelText: '取消',
      onOk: async () => {
        try {
          await run();
          void message.success({
            content: (
              <span>
                已开始全面比对，完成后新的疑点出现在列表中。<LinkOutsideRouter to="/jobs">查看后台任务</LinkOutsideRouter>
              </span>
            ),
            duration: 6,
          });
        } catch (e) {
          void message.error(errorText(e));
        }
      },
    });

  return (
    <PageContainer
      title={`疑点复核${user.areaName ? `：${user.areaName}` : ''}`}
      extra={
        <Space>
          <Button icon={<ReloadOutlined />} onClick={() => setRefresh((k) => k + 1)}>
            刷新
          </Button>
          {can('CROSSCHECK_RUN') && (
            <Button type="primary" icon={<ThunderboltOutlined />} loading={running} onClick={runNow}>
              立即全面比对
            </Button>
          )}
        </Space>
      }
    >
      <ContentCard>
        <Tabs
          style={{ marginTop: -12 }}
          activeKey={tab}
          onChange={setTab}
          items={[
            { key: 'list', label: '疑点列表', children: <FindingList key={refresh} /> },
            { key: 'stats', label: '统计', children: tab === 'stats' && <FindingStatsPanel key={refresh} /> },
            ...(hasTasks ? [{ key: 'tasks', label: '待处理任务', children: tab === 'tasks' && <FindingTasks key={refresh} /> }] : []),
          ]}
        />
      </ContentCard>
    </PageContainer>
  );
}
