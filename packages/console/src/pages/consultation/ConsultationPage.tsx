import { App, Button, Descriptions, Empty, Flex, Segmented, Space, Spin, Table, Tabs, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { SILENT } from '../../apollo';
import { useCan, useCurrentUser } from '../../auth/CurrentUserContext';
import { ExportButton } from '../../components/ExportButton';
import { ContentCard, PageContainer } from '../../components/PageContainer';
import { useFilters } from '../../components/paging';
import { TextFormModal } from '../../components/TextFormModal';
import { useDialog } from '../../components/useDialog';
import type {
  ConsultationCaseFieldsFragment,
  ConsultationCaseStatus,
  ConsultationTaskFieldsFragment,
  ConsultationTaskStatus,
  JointMeetingsQuery,
} from '../../gql/graphql';
import { formatDateTime } from '../../utils/datetime';
import { COMPLETE_CONSULTATION_TASK, CONSULTATION_CASE, CONSULTATION_CASES, CONSULTATION_TASKS, JOINT_MEETINGS } from './consultation.graphql';
import { MeetingForm } from './MeetingForm';
import { TaskDeadline, taskColumns } from './task-ui';
import { TaskExtensionModal } from './TaskExtension';

type Case = ConsultationCaseFieldsFragment;
type Task = ConsultationTaskFieldsFragment;
type Meeting = JointMeetingsQuery['jointMeetings']['items'][number];

const CASE_COLORS: Record<string, string> = { PENDING: 'orange', DISCUSSED: 'blue', CLOSED: 'green' };
/** The decisions and tasks of one case (loaded when its row is expanded). */
function CaseDetail({ id }: { id: string }) {
  const { data, loading } = useQuery(CONSULTATION_CASE, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const c = data?.consultationCase;
  if (!c) return loading ? <Spin size="small" /> : null;
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }}>
      <span>事由和困难：{c.reason}</span>
      {c.receiptNo && (
        <span>
          关联申请：<Link to={`/applications/${c.applicationId}`}>{c.receiptNo}</Link>
        </span>
      )}
      {(c.decisions ?? []).map((d) => (
        <span key={d.meetingId}>
          会商意见（{d.meetingDate}）：{d.decision}
        </span>
      ))}
      {(c.tasks ?? []).map((t) => (
        <span key={t.id}>
          会商任务：{t.departmentName} — {t.content} <TaskDeadline t={t} />
          {t.doneNote && `办理情况：${t.doneNote}`}
        </span>
      ))}
    </Space>
  );
}

function CasesTab() {
  const [status, setStatus] = useState<ConsultationCaseStatus>('PENDING');
  const { page, pageSize, pagination, reset } = useFilters<Record<string, never>>({});
  const { data, loading } = useQuery(CONSULTATION_CASES, { variables: { status, page, pageSize }, fetchPolicy: 'cache-and-network' });
  const columns: TableColumnsType<Case> = [
    { title: '提请时间', dataIndex: 'raisedAt', width: 140, render: (v: string) => formatDateTime(v).slice(0, 16) },
    { title: '会商层级', dataIndex: 'levelName', width: 120 },
    {
      title: '家庭',
      key: 'household',
      width: 110,
      render: (_, c) => <Link to={`/ledger/${c.householdId}`}>{c.headName ? `${c.headName}户` : '查看家庭'}</Link>,
    },
    { title: '区划', dataIndex: 'areaName', width: 110, ellipsis: true, render: (a: string | null, c) => a ?? c.areaCode },
    { title: '事由和困难', dataIndex: 'reason', ellipsis: { showTitle: false }, render: (s: string) => <Tooltip title={s}>{s}</Tooltip> },
    { title: '提请人', key: 'by', width: 150, ellipsis: true, render: (_, c) => c.raisedByDepartmentName ?? c.raisedByName },
    {
      title: '状态',
      key: 'status',
      width: 130,
      render: (_, c) => (
        <Space size={4}>
          <Tag color={CASE_COLORS[c.status]}>{c.statusName}</Tag>
          {c.totalTasks > 0 && (
            <Typography.Text type="secondary">
              任务 {c.totalTasks - c.openTasks}/{c.totalTasks}
            </Typography.Text>
          )}
        </Space>
      ),
    },
  ];
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
        <Segmented<ConsultationCaseStatus>
          value={status}
          onChange={(v) => {
            setStatus(v);
            reset();
          }}
          options={[
            { value: 'PENDING', label: '待会商' },
            { value: 'DISCUSSED', label: '已会商' },
            { value: 'CLOSED', label: '已办结' },
          ]}
        />
        <ExportButton list="CONSULTATION_CASES" filter={{ status }} />
      </Flex>
      <Table<Case>
        rowKey="id"
        size="small"
        loading={loading && !data}
        dataSource={data?.consultationCases.items ?? []}
        columns={columns}
        pagination={pagination(data?.consultationCases.total)}
        expandable={{ expandedRowRender: (c) => <CaseDetail id={c.id} /> }}
        locale={{ emptyText: <Empty description={status === 'PENDING' ? '没有待会商的个案' : '没有记录'} /> }}
      />
    </>
  );
}

function TasksTab() {
  const can = useCan();
  const user = useCurrentUser();
  const { message } = App.useApp();
  const [status, setStatus] = useState<ConsultationTaskStatus>('OPEN');
  const { page, pageSize, pagination, reset } = useFilters<Record<string, never>>({});
  const { data, loading, refetch } = useQuery(CONSULTATION_TASKS, { variables: { status, page, pageSize }, fetchPolicy: 'cache-and-network' });
  const [complete] = useMutation(COMPLETE_CONSULTATION_TASK);
  const dialog = useDialog<Task>();
  const extendDialog = useDialog<Task>();
  const handles = can('CONSULTATION_TASK_HANDLE') && !!user.departmentId;
  const columns: TableColumnsType<Task> = [
    ...taskColumns(status === 'OPEN' ? '办理期限' : '结果'),
    ...(status === 'DONE'
      ? [
          {
            title: '办理情况',
            key: 'done',
            width: 240,
            ellipsis: true,
            render: (_: unknown, t: Task) => `${t.doneNote ?? ''}（${t.doneByName ?? ''} ${formatDateTime(t.doneAt).slice(0, 16)}）`,
          },
        ]
      : handles
        ? [
            {
              title: '操作',
              key: 'actions',
              width: 140,
              render: (_: unknown, t: Task) =>
                t.departmentId === user.departmentId && (
                  <Space size={0}>
                    <Button type="link" size="small" onClick={() => dialog.open(t)}>
                      完成
                    </Button>
                    {!t.pendingExtension && (
                      <Button type="link" size="small" onClick={() => extendDialog.open(t)}>
                        申请延期
                      </Button>
                    )}
                  </Space>
                ),
            },
          ]
        : []),
  ];
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
        <Segmented<ConsultationTaskStatus>
          value={status}
          onChange={(v) => {
            setStatus(v);
            reset();
          }}
          options={[
            { value: 'OPEN', label: '办理中' },
            { value: 'DONE', label: '已完成' },
          ]}
        />
        <ExportButton list="CONSULTATION_TASKS" filter={{ status }} />
      </Flex>
      <Table<Task>
        rowKey="id"
        size="small"
        loading={loading && !data}
        dataSource={data?.consultationTasks.items ?? []}
        columns={columns}
        pagination={pagination(data?.consultationTasks.total)}
        locale={{ emptyText: <Empty description={status === 'OPEN' ? '没有办理中的会商任务' : '没有记录'} /> }}
      />
      <TextFormModal
        open={dialog.isOpen}
        title={`完成会商任务：${dialog.target?.content ?? ''}`}
        okText="完成"
        name="note"
        label="办理情况"
        required="请填写办理情况"
        maxLength={1000}
        placeholder="如：已为其子女安排村保洁公益性岗位，月工资 1800 元"
        onCancel={dialog.close}
        onSubmit={async (note) => {
          const t = dialog.target!;
          await complete({ variables: { id: t.id, note, version: t.version }, context: SILENT });
          void message.success('会商任务已完成');
          dialog.close();
          await refetch();
        }}
      />
      <TaskExtensionModal task={extendDialog.isOpen ? (extendDialog.target ?? null) : null} onClose={extendDialog.close} onDone={refetch} />
    </>
  );
}

function MeetingsTab({ version }: { version: number }) {
  const { page, pageSize, pagination } = useFilters<Record<string, never>>({});
  const { data, loading } = useQuery(JOINT_MEETINGS, { variables: { page, pageSize }, fetchPolicy: version ? 'network-only' : 'cache-and-network' });
  const columns: TableColumnsType<Meeting> = [
    { title: '会议日期', dataIndex: 'meetingDate', width: 110 },
    { title: '会议', key: 'level', width: 180, render: (_, m) => `${m.areaName ?? ''}联席会议` },
    { title: '地点', dataIndex: 'place', width: 160, ellipsis: true },
    {
      title: '参会人员',
      key: 'members',
      ellipsis: true,
      render: (_, m) => m.members.map((p) => (p.department ? `${p.name}（${p.department}）` : p.name)).join('、'),
    },
    { title: '个案', key: 'cases', width: 64, align: 'right', render: (_, m) => m.cases.length },
    { title: '任务', dataIndex: 'taskCount', width: 64, align: 'right' },
    { title: '记录人', dataIndex: 'recorder', width: 100 },
  ];
  return (
    <Table<Meeting>
      rowKey="id"
      size="small"
      loading={loading && !data}
      dataSource={data?.jointMeetings.items ?? []}
      columns={columns}
      pagination={pagination(data?.jointMeetings.total)}
      expandable={{
        expandedRowRender: (m) => (
          <Descriptions
            size="small"
            column={1}
            items={[
              ...m.cases.map((c) => ({ key: c.caseId, label: `${c.headName ?? '—'}户（${c.areaName ?? ''}）`, children: c.decision })),
              ...(m.summary ? [{ key: 'summary', label: '会议纪要', children: m.summary }] : []),
            ]}
          />
        ),
      }}
    />
  );
}

/**
 * 个案会商 (modules/consultation): cases escalated to the town or district joint meeting (待会商 / 已会商 / 已办结), the
 * meeting records with their decisions, and the follow-up tasks — for a department's users 我的会商任务 with 完成.
 */
export default function ConsultationPage() {
  const can = useCan();
  const user = useCurrentUser();
  const department = !!user.departmentId;
  const [meetingOpen, setMeetingOpen] = useState(false);
  const [saved, setSaved] = useState(0);
  const [tab, setTab] = useState(department ? 'tasks' : 'cases');
  return (
    <PageContainer
      title="个案会商"
      extra={
        can('CONSULTATION_MEET') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setMeetingOpen(true)}>
            记录联席会议
          </Button>
        )
      }
    >
      <ContentCard>
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          窗口或部门将单个部门难以解决的个案提请镇街或区县联席会议会商；会议记录会商意见，并向相关部门分派会商任务，按工作日计时，超期的任务进入督办看板。
        </Typography.Paragraph>
        <Tabs
          key={saved}
          activeKey={tab}
          onChange={setTab}
          items={[
            { key: 'cases', label: '会商个案', children: <CasesTab /> },
            { key: 'tasks', label: department ? '我的会商任务' : '会商任务', children: <TasksTab /> },
            { key: 'meetings', label: '联席会议记录', children: <MeetingsTab version={saved} /> },
          ]}
        />
      </ContentCard>
      <MeetingForm
        open={meetingOpen}
        onClose={() => setMeetingOpen(false)}
        onSaved={() => {
          setMeetingOpen(false);
          setSaved((n) => n + 1);
          setTab('meetings');
        }}
      />
    </PageContainer>
  );
}
