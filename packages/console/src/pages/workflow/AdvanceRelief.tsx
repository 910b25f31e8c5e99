import { Alert, Form, Input, InputNumber, Tag, Tooltip } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { SILENT } from '../../apollo';
import { FormModal } from '../../components/FormModal';
import type { ApplicationFieldsFragment } from '../../gql/graphql';
import { formatDate } from '../../utils/datetime';
import { ADVANCE_RELIEF_RULES, GRANT_ADVANCE_RELIEF } from './workflow.graphql';
import { todayCn } from './workflow-ui';

/**
 * 绿色通道 先行救助 in the console: the tag an application shows once granted (amount, and the paperwork's state), and
 * the town window's grant dialog (amount within the system setting's limit, reason). Server: advance-relief.service.ts.
 */
export function AdvanceReliefTag({ relief }: { relief: NonNullable<ApplicationFieldsFragment['advanceRelief']> }) {
  const overdue = !relief.regularized && relief.paperworkDue < todayCn();
  const state = relief.regularized ? '已补办' : overdue ? '补办超期' : `补办截止 ${relief.paperworkDue}`;
  return (
    <Tooltip title={`${relief.grantDate} ${relief.grantedByName}先行救助 ${relief.amountYuan} 元；${state}`}>
      <Tag color={overdue ? 'red' : relief.regularized ? 'green' : 'gold'} style={{ marginInlineEnd: 0, marginTop: 2 }}>
        先行救助 {relief.amountYuan} 元{relief.regularized ? '' : overdue ? '·补办超期' : '·待补办'}
      </Tag>
    </Tooltip>
  );
}

/** The same-day clock of 绿色通道: an urgent pre-application not handled on the day it came in. */
export function lateUrgent(a: Pick<ApplicationFieldsFragment, 'urgent' | 'status' | 'advanceRelief' | 'createdAt'>): boolean {
  if (!a.urgent || a.status !== 'PENDING_CONFIRM' || a.advanceRelief) return false;
  return formatDate(a.createdAt) < todayCn();
}

export function AdvanceReliefModal({
  open,
  target,
  onCancel,
  onDone,
}: {
  open: boolean;
  target?: ApplicationFieldsFragment;
  onCancel: () => void;
  onDone: (message: string) => void;
}) {
  const rules = useQuery(ADVANCE_RELIEF_RULES, { skip: !open, context: SILENT });
  const [grant] = useMutation(GRANT_ADVANCE_RELIEF);
  const max = rules.data?.advanceReliefRules.maxYuan;
  const days = rules.data?.advanceReliefRules.paperworkDays;
  const who = target?.headName ?? target?.contact?.name ?? '';
  return (
    <FormModal<{ amountYuan: number; reason: string }>
      open={open}
      title={`先行救助（绿色通道）：${who}`}
      okText="确认发放"
      onCancel={onCancel}
      onSubmit={async (v) => {
        const r = await grant({ variables: { applicationId: target!.id, amountYuan: v.amountYuan, reason: v.reason.trim() }, context: SILENT });
        const g = r.data!.grantAdvanceRelief;
        onDone(`已对${g.name}先行救助 ${g.amountYuan} 元，须于 ${g.paperworkDue} 前补办临时救助手续`);
      }}
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title={`急难情形可先行发放临时救助${max ? `，最高 ${max} 元` : ''}；发放后须在 ${days ?? '—'} 个工作日内补办临时救助手续（确认受理临时救助），逾期列入督办。`}
      />
      <Form.Item name="amountYuan" label="先行救助金额（元）" rules={[{ required: true, message: '请填写先行救助金额' }]}>
        <InputNumber min={0.01} max={max} precision={2} style={{ width: 200 }} suffix="元" />
      </Form.Item>
      <Form.Item name="reason" label="理由（急难情形）" rules={[{ required: true, whitespace: true, message: '请填写先行救助理由' }]}>
        <Input.TextArea rows={3} maxLength={500} showCount placeholder="如：房屋失火，基本生活无着" />
      </Form.Item>
    </FormModal>
  );
}
