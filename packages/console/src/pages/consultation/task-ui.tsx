import { Space, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import type { ConsultationTaskFieldsFragment } from '../../gql/graphql';

type Task = ConsultationTaskFieldsFragment;

const CLOCK_COLORS: Record<string, string> = { NORMAL: 'blue', AMBER: 'orange', RED: 'red', DONE: 'green', PAUSED: 'default' };

/** A task's deadline as on referrals: 截止日期, and 剩余 / 超期 working days. */
export function TaskDeadline({ t }: { t: Task }) {
  if (t.status === 'DONE') return <Tag color="green">已完成</Tag>;
  const limit = t.extensionDays ? `${t.limitDays} 个工作日，延期 ${t.extensionDays} 个工作日` : `${t.limitDays} 个工作日`;
  return (
    <Space size={4} wrap>
      <Tooltip title={`${limit}，自会议日期 ${t.meetingDate} 起算`}>
        <Tag color={CLOCK_COLORS[t.clockLevel]} style={{ marginInlineEnd: 0 }}>
          {t.dueDate}
          {t.clockLevel === 'RED' ? ` 超期 ${t.overdueDays} 个工作日` : ` 剩 ${t.remainingDays} 个工作日`}
        </Tag>
      </Tooltip>
      {t.extensionDays > 0 && <Tag style={{ marginInlineEnd: 0 }}>已延期 {t.extensionDays} 个工作日</Tag>}
      {t.pendingExtension && (
        <Tooltip title={`${t.pendingExtension.requestedByName}申请延期 ${t.pendingExtension.days} 个工作日：${t.pendingExtension.reason}`}>
          <Tag color="gold" style={{ marginInlineEnd: 0 }}>
            延期待审批
          </Tag>
        </Tooltip>
      )}
    </Space>
  );
}

/** The columns every list of 会商任务 shows (个案会商's tasks tab, the 督办看板's overdue tab). */
export function taskColumns(deadlineTitle = '办理期限'): TableColumnsType<Task> {
  return [
    { title: deadlineTitle, key: 'due', width: 250, render: (_, t) => <TaskDeadline t={t} /> },
    { title: '承办部门', dataIndex: 'departmentName', width: 200, ellipsis: true },
    { title: '任务内容', dataIndex: 'content', ellipsis: { showTitle: false }, render: (s: string) => <Tooltip title={s}>{s}</Tooltip> },
    {
      title: '家庭',
      key: 'household',
      width: 160,
      render: (_, t) => (
        <span>
          <Link to={`/ledger/${t.householdId}`}>{t.headName ? `${t.headName}户` : '查看家庭'}</Link>
          <Typography.Text type="secondary">（{t.areaName}）</Typography.Text>
        </span>
      ),
    },
    { title: '会议日期', dataIndex: 'meetingDate', width: 100 },
  ];
}
