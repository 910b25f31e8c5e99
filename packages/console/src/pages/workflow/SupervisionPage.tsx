import { App, Button, Empty, Flex, Space, Table, Tabs, Tag, Typography, type TableColumnsType } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router-dom';
import { SILENT } from '../../apollo';
import { useCan, useCurrentUser } from '../../auth/CurrentUserContext';
import { ExportButton } from '../../components/ExportButton';
import { ContentCard, PageContainer } from '../../components/PageContainer';
import { OverdueConsultationTab } from '../consultation/OverdueConsultationTab';
import { TaskExtensionsTable, usePendingTaskExtensions } from '../consultation/TaskExtension';
import { TextFormModal } from '../../components/TextFormModal';
import { useDialog } from '../../components/useDialog';
import type { PendingExtensionsQuery, SupervisionBoardQuery } from '../../gql/graphql';
import { errorText } from '../../utils/errors';
import { DECIDE_EXTENSION, PENDING_EXTENSIONS, SUPERVISION_BOARD } from './workflow.graphql';
import { ClockTag, EscalationTag, extensionDecisionColumns, ReferralStatusTag, SuperviseModal, type Referral } from './workflow-ui';
import { InformantResponseTab } from './InformantResponseTab';
import { ACCENT } from '../../theme';

type BoardRow = SupervisionBoardQuery['supervisionBoard']['byDepartment'][number];
type Extension = PendingExtensionsQuery['pendingExtensions'][number];
type Relief = SupervisionBoardQuery['supervisionBoard']['advanceReliefs'][number];

const reliefColumns: TableColumnsType<Relief> = [
  {
    title: '状态',
    dataIndex: 'stateName',
    width: 100,
    render: (v: string, r) => <Tag color={r.state === 'OVERDUE' ? 'red' : 'gold'}>{v}</Tag>,
  },
  {
    title: '受理号/查询号',
    key: 'no',
    width: 176,
    render: (_, r) => (r.receiptNo ? <Link to={`/applications/${r.applicationId}`}>{r.receiptNo}</Link> : (r.queryNo ?? '（待确认）')),
  },
  { title: '户主/联系人', dataIndex: 'name', width: 110, ellipsis: true },
  { title: '区划', dataIndex: 'areaName', width: 110, ellipsis: true, render: (v: string | null, r) => v ?? r.areaCode },
  { title: '金额（元）', dataIndex: 'amountYuan', width: 100, align: 'right' },
  { title: '理由', dataIndex: 'reason', ellipsis: true },
  { title: '发放', key: 'granted', width: 150, render: (_, r) => `${r.grantDate} ${r.grantedByName}` },
  { title: '补办截止', dataIndex: 'paperworkDue', width: 100, className: 'nowrap' },
];

const num = (n: number, color?: string) =>
  n ? <span style={{ color, fontWeight: color ? 600 : undefined }}>{n}</span> : <Typography.Text type="secondary">0</Typography.Text>;

function onTimeRate(r: BoardRow): string {
  return r.closed ? `${Math.round((r.closedOnTime / r.closed) * 1000) / 10}%` : '—';
}

function boardColumns(first: string): TableColumnsType<BoardRow> {
  return [
    { title: first, dataIndex: 'name', ellipsis: true },
    { title: '在办', dataIndex: 'open', width: 64, align: 'right', render: (n: number) => num(n) },
    { title: '待签收', dataIndex: 'pendingSign', width: 72, align: 'right', render: (n: number) => num(n, ACCENT.primary) },
    { title: '预警', dataIndex: 'amber', width: 60, align: 'right', render: (n: number) => num(n, ACCENT.warning) },
    { title: '超期', dataIndex: 'red', width: 60, align: 'right', render: (n: number) => num(n, ACCENT.danger) },
    { title: '暂停', dataIndex: 'paused', width: 60, align: 'right', render: (n: number) => num(n) },
    { title: '已办结', dataIndex: 'closed', width: 72, align: 'right', render: (n: number) => num(n) },
    { title: '按时办结率', key: 'rate', width: 96, align: 'right', render: (_, r) => onTimeRate(r) },
    { title: '督办未答复', dataIndex: 'unansweredSupervisions', width: 96, align: 'right', render: (n: number) => num(n, ACCENT.danger) },
  ];
}

/** 督办看板: warnings and overdue referrals by department and town, 督办, extension approvals. */
export default function SupervisionPage() {
  const can = useCan();
  const user = useCurrentUser();
  const { message } = App.useApp();
  const supervisor = can('REFERRAL_SUPERVISE');
  // 工作台's 待复核 opens the extension requests: ?tab=extensions
  const [params] = useSearchParams();
  const { data, loading, error, refetch } = useQuery(SUPERVISION_BOARD, { fetchPolicy: 'cache-and-network', context: SILENT });
  const extensions = useQuery(PENDING_EXTENSIONS, { skip: !supervisor, fetchPolicy: 'cache-and-network', context: SILENT });
  // 会商任务 extensions are decided beside the referrals' by whoever may record the task's joint meeting.
  const meets = can('CONSULTATION_MEET');
  const taskExtensions = usePendingTaskExtensions(supervisor && meets);
  const [decideExtension] = useMutation(DECIDE_EXTENSION);
  const superviseDialog = useDialog<Referral>();
  const rejectDialog = useDialog<Extension>();
  const board = data?.supervisionBoard;

  const reload = async () => {
    await Promise.all([refetch(), supervisor ? extensions.refetch() : undefined, supervisor && meets ? taskExtensions.refetch() : undefined]);
  };

  const approve = async (e: Extension) => {
    try {
      await decideExtension({ variables: { id: e.id, approve: true, note: null }, context: SILENT });
      void message.success(`已同意延期 ${e.days} 个工作日`);
      await reload();
    } catch (err) {
      void message.error(errorText(err));
    }
  };

  const itemColumns: TableColumnsType<Referral> = [
    { title: '时限', key: 'clock', width: 168, render: (_, r) => <ClockTag r={r} /> },
    { title: '受理号', dataIndex: 'receiptNo', width: 176, render: (v: string, r) => <Link to={`/referrals/${r.id}`}>{v}</Link> },
    { title: '事项', dataIndex: 'programName', ellipsis: true },
    { title: '主管部门', dataIndex: 'departmentName', width: 120, ellipsis: true },
    { title: '区划', dataIndex: 'areaName', width: 100, ellipsis: true, render: (v: string | null, r) => v ?? r.areaCode },
    { title: '状态', key: 'status', width: 96, render: (_, r) => <ReferralStatusTag r={r} /> },
    { title: '期限', key: 'due', width: 100, className: 'nowrap', render: (_, r) => (r.status === 'PENDING_SIGN' ? r.signDue : r.clock.dueDate) },
    { title: '督办', key: 'esc', width: 96, render: (_, r) => <EscalationTag level={r.escalationLevel} name={r.escalationName} /> },
    ...(supervisor
      ? [
          {
            title: '操作',
            key: 'actions',
            width: 64,
            render: (_: unknown, r: Referral) => (
              <Button type="link" size="small" danger onClick={() => superviseDialog.open(r)}>
                督办
              </Button>
            ),
          },
        ]
      : []),
  ];

  const extensionColumns: TableColumnsType<Extension> = [
    { title: '受理号', dataIndex: 'receiptNo', width: 176, render: (v: string, e) => <Link to={`/referrals/${e.referralId}`}>{v}</Link> },
    { title: '事项', dataIndex: 'programName', width: 150, ellipsis: true },
    ...extensionDecisionColumns<Extension>(approve, rejectDialog.open),
  ];

  const pending = extensions.data?.pendingExtensions ?? [];
  const pendingTasks = taskExtensions.data?.consultationTaskExtensions.length ?? 0;

  return (
    <PageContainer
      title={`督办看板${user.areaName ? `：${user.areaName}` : ''}`}
      extra={
        <Space>
          {board && <Typography.Text type="secondary">统计日期 {board.asOf}</Typography.Text>}
          <Button icon={<ReloadOutlined />} loading={loading} onClick={() => void reload()}>
            刷新
          </Button>
        </Space>
      }
    >
      {error && <ContentCard>{errorText(error)}</ContentCard>}
      <ContentCard>
        <Tabs
          style={{ marginTop: -12 }}
          defaultActiveKey={params.get('tab') === 'reports' || params.get('tab') === 'consultation' ? (params.get('tab') as string) : 'dept'}
          items={[
            {
              key: 'dept',
              label: '按部门',
              children: (
                <Table<BoardRow>
                  rowKey="key"
                  size="small"
                  loading={loading && !board}
                  pagination={false}
                  dataSource={board?.byDepartment ?? []}
                  columns={boardColumns('部门')}
                />
              ),
            },
            {
              key: 'town',
              label: '按镇街',
              children: (
                <Table<BoardRow>
                  rowKey="key"
                  size="small"
                  loading={loading && !board}
                  pagination={false}
                  dataSource={board?.byTown ?? []}
                  columns={boardColumns('镇街')}
                />
              ),
            },
            // 信息员线索的响应时长 (its own query, loaded when the tab opens)
            { key: 'reports', label: '线索响应', children: <InformantResponseTab /> },
            // 个案会商: overdue follow-up tasks of joint meetings (modules/consultation; its own query)
            { key: 'consultation', label: '会商任务超期', children: <OverdueConsultationTab /> },
          ]}
        />
      </ContentCard>
      <ContentCard>
        <Tabs
          style={{ marginTop: -12 }}
          defaultActiveKey={supervisor && params.get('tab') === 'extensions' ? 'extensions' : params.get('tab') === 'relief' ? 'relief' : 'items'}
          items={[
            {
              key: 'items',
              label: `预警、超期和逾期未签收（${board?.items.length ?? 0}）`,
              children: (
                <Flex vertical gap={8}>
                  <Flex justify="flex-end">
                    <ExportButton list="SUPERVISION_ITEMS" filter={{}} />
                  </Flex>
                  <Table<Referral>
                    rowKey="id"
                    size="small"
                    loading={loading && !board}
                    dataSource={board?.items ?? []}
                    columns={itemColumns}
                    pagination={{ pageSize: 10, showTotal: (t) => `共 ${t} 件` }}
                    locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有预警或超期的事项" /> }}
                  />
                </Flex>
              ),
            },
            {
              key: 'relief',
              label: `先行救助待补办（${board?.advanceReliefs.length ?? 0}）`,
              children: (
                <Flex vertical gap={8}>
                  <Flex justify="flex-end">
                    <ExportButton list="ADVANCE_RELIEFS" filter={{ open: true }} />
                  </Flex>
                  <Table<Relief>
                    rowKey="id"
                    size="small"
                    loading={loading && !board}
                    dataSource={board?.advanceReliefs ?? []}
                    columns={reliefColumns}
                    pagination={{ pageSize: 10, showTotal: (t) => `共 ${t} 笔` }}
                    locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有待补办手续的先行救助" /> }}
                  />
                </Flex>
              ),
            },
            ...(supervisor
              ? [
                  {
                    key: 'extensions',
                    label: `延期待审批（${pending.length + pendingTasks}）`,
                    children: (
                      <Flex vertical gap={8}>
                        <Flex justify="flex-end">
                          <ExportButton list="EXTENSION_REQUESTS" filter={{}} />
                        </Flex>
                        <Table<Extension>
                          rowKey="id"
                          size="small"
                          loading={extensions.loading}
                          dataSource={pending}
                          columns={extensionColumns}
                          pagination={false}
                          locale={{
                            // Beside the 会商任务 table: a one-line note rather than a tall placeholder, so both fit on one screen.
                            emptyText: meets ? (
                              <Typography.Text type="secondary">没有待审批的转办单延期申请</Typography.Text>
                            ) : (
                              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有待审批的延期申请" />
                            ),
                          }}
                        />
                        {meets && (
                          <>
                            <Typography.Title level={5} style={{ margin: '16px 0 0' }}>
                              会商任务延期申请（{pendingTasks}）
                            </Typography.Title>
                            <TaskExtensionsTable query={taskExtensions} />
                          </>
                        )}
                      </Flex>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </ContentCard>

      <SuperviseModal
        open={superviseDialog.isOpen}
        referral={superviseDialog.target}
        placeholder="如：请于本周内签收办理，并说明超期原因"
        onClose={superviseDialog.close}
        onDone={reload}
      />
      <TextFormModal
        open={rejectDialog.isOpen}
        title="不同意延期"
        okText="不同意"
        name="note"
        label="意见"
        required="请填写不同意的理由"
        maxLength={500}
        onCancel={rejectDialog.close}
        onSubmit={async (text) => {
          await decideExtension({ variables: { id: rejectDialog.target!.id, approve: false, note: text }, context: SILENT });
          void message.success('已不同意延期');
          rejectDialog.close();
          await reload();
        }}
      />
    </PageContainer>
  );
}
