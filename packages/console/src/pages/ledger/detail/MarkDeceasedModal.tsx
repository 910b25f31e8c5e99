import { Alert, App, DatePicker, Form, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMutation } from '@apollo/client/react';
import { SILENT } from '../../../apollo';
import { FormModal } from '../../../components/FormModal';
import { dayjs, DISPLAY_TZ } from '../../../utils/datetime';
import { MARK_DECEASED } from '../ledger.graphql';
import { memberOptions } from '../ledger-ui';
import type { DetailContext, Member } from './types';

interface Values {
  deathDate: Dayjs;
  newHeadPersonId?: string;
}

/** 登记死亡: the member moves to 已故成员; a deceased head needs a successor when others remain. */
export function MarkDeceasedModal({ open, member, ctx, onClose }: { open: boolean; member?: Member; ctx: DetailContext; onClose: () => void }) {
  const { message } = App.useApp();
  const [markDeceased] = useMutation(MARK_DECEASED);
  const others = ctx.household.members.filter((m) => m.id !== member?.id);
  const needsNewHead = !!member?.isHead && others.length > 0;
  const today = dayjs().tz(DISPLAY_TZ).format('YYYY-MM-DD');

  const submit = async (v: Values) => {
    await markDeceased({
      variables: { personId: member!.id, deathDate: v.deathDate.format('YYYY-MM-DD'), newHeadPersonId: v.newHeadPersonId ?? null },
      context: SILENT,
    });
    message.success(`已登记 ${member!.name} 死亡`);
    onClose();
    await ctx.reload();
  };

  return (
    <FormModal<Values> open={open} title={member ? `登记死亡：${member.name}` : '登记死亡'} onCancel={onClose} onSubmit={submit}>
      <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="登记后该成员转入“已故成员”，家庭层级随之重新计算；其名下救助由主管部门停发。" />
      <Form.Item name="deathDate" label="死亡日期" rules={[{ required: true, message: '请选择死亡日期' }]}>
        <DatePicker
          style={{ width: 200 }}
          disabledDate={(d) => {
            const s = d.format('YYYY-MM-DD');
            return s > today || (!!member && s < member.birthDate);
          }}
        />
      </Form.Item>
      {needsNewHead && (
        <Form.Item name="newHeadPersonId" label="新户主" rules={[{ required: true, message: '户主死亡，请指定新户主' }]}>
          <Select options={memberOptions(others, true)} placeholder="请选择" />
        </Form.Item>
      )}
    </FormModal>
  );
}
