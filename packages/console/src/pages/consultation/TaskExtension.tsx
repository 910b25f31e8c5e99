import { Alert, App, Empty, Form, Input, InputNumber, Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { SILENT } from '../../apollo';
import { errorText } from '../../utils/errors';
import { FormModal } from '../../components/FormModal';
import { TextFormModal } from '../../components/TextFormModal';
import { useDialog } from '../../components/useDialog';
import type { ConsultationTaskExtensionsQuery, ConsultationTaskFieldsFragment } from '../../gql/graphql';
import { extensionDecisionColumns } from '../workflow/workflow-ui';
import { CONSULTATION_TASK_EXTENSIONS, DECIDE_CONSULTATION_TASK_EXTENSION, REQUEST_CONSULTATION_TASK_EXTENSION } from './consultation.graphql';

/** Longest limit of a task with its extensions, and the most one request may ask for (modules/consultation codes.ts). */
const TASK_MAX_WORKING_DAYS = 60;
const EXTENSION_MAX_DAYS = 30;

/**
 * 申请延期 of a 会商任务 (the task's department): days (1–30 working days, the limit with all extensions ≤ 60) and a
 * reason; the joint meeting's supervisor decides on the 督办看板.
 */
export function TaskExtensionModal({
  task,
  onClose,
  onDone,
}: {
  task: ConsultationTaskFieldsFragment | null;
  onClose: () => void;
  onDone: () => Promise<unknown>;
}) {
  const { message } = App.useApp();
  const [request] = useMutation(REQUEST_CONSULTATION_TASK_EXTENSION);
  const used = task ? task.limitDays + task.extensionDays : 0;
  const max = Math.max(1, Math.min(EXTENSION_MAX_DAYS, TASK_MAX_WORKING_DAYS - used));
  return (
    <FormModal<{ days: number; reason: string }>
      open={!!task}
      title={`申请延期：${task?.content ?? ''}`}
      okText="提交延期申请"
      initialValues={{ days: Math.min(5, max) }}
      onCancel={onClose}
      mapErrorField={(f) => (f === 'days' || f === 'reason' ? f : undefined)}
      onSubmit={async (v) => {
        await request({ variables: { taskId: task!.id, days: v.days, reason: v.reason.trim() }, context: SILENT });
        void message.success('延期申请已提交，待联席会议督办人审批');
        onClose();
        await onDone();
      }}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={`当前时限 ${used} 个工作日（截止 ${task?.dueDate ?? ''}），含延期最长 ${TASK_MAX_WORKING_DAYS} 个工作日；延期须经镇街分管负责人或联席会议成员审批。`}
      />
      <Form.Item name="days" label="延期（工作日）" rules={[{ required: true, message: '请填写延期天数' }]}>
        <InputNumber min={1} max={max} precision={0} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="reason" label="延期理由" rules={[{ required: true, whitespace: true, message: '请填写延期理由' }]}>
        <Input.TextArea rows={3} maxLength={500} showCount placeholder="如：公益性岗位需待下月开发，申请延期" />
      </Form.Item>
    </FormModal>
  );
}

type Extension = ConsultationTaskExtensionsQuery['consultationTaskExtensions'][number];

/** Pending 会商任务 extension requests the viewer may decide (`consultation.meet`; skipped without it). */
export function usePendingTaskExtensions(enabled: boolean) {
  return useQuery(CONSULTATION_TASK_EXTENSIONS, { variables: { status: 'PENDING' }, skip: !enabled, fetchPolicy: 'cache-and-network', context: SILENT });
}

/**
 * 督办看板 · 延期待审批 · 会商任务: pending extension requests on tasks of joint meetings the viewer may record (a town
 * leader: the town's; the joint members: all of the district), approved or rejected like the referrals' beside it.
 */
export function TaskExtensionsTable({ query }: { query: ReturnType<typeof usePendingTaskExtensions> }) {
  const { message } = App.useApp();
  const { data, loading, refetch } = query;
  const [decide] = useMutation(DECIDE_CONSULTATION_TASK_EXTENSION);
  const rejectDialog = useDialog<Extension>();
  const rows = data?.consultationTaskExtensions ?? [];

  const approve = async (e: Extension) => {
    try {
      const res = await decide({ variables: { id: e.id, approve: true, note: null }, context: SILENT });
      void message.success(`已同意延期 ${e.days} 个工作日，新的截止日期 ${res.data?.decideConsultationTaskExtension.dueDate ?? ''}`);
      await refetch();
    } catch (err) {
      void message.error(errorText(err));
    }
  };

  const columns: TableColumnsType<Extension> = [
    {
      title: '会商任务',
      dataIndex: 'taskContent',
      ellipsis: { showTitle: false },
      render: (s: string, e) => (
        <Tooltip title={`${e.meetingLevelName}（${e.meetingDate}）：${s}`}>
          {s}
          {e.headName && <Typography.Text type="secondary">（{e.headName}户）</Typography.Text>}
        </Tooltip>
      ),
    },
    ...extensionDecisionColumns<Extension>(approve, rejectDialog.open),
  ];

  return (
    <>
      <Table<Extension>
        rowKey="id"
        size="small"
        loading={loading && !data}
        dataSource={rows}
        columns={columns}
        pagination={false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有待审批的会商任务延期申请" /> }}
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
          await decide({ variables: { id: rejectDialog.target!.id, approve: false, note: text }, context: SILENT });
          void message.success('已不同意延期');
          rejectDialog.close();
          await refetch();
        }}
      />
    </>
  );
}
