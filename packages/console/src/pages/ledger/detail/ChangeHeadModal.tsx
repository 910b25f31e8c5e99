import { Alert, App, Form, Select } from 'antd';
import { useMutation } from '@apollo/client/react';
import { SILENT } from '../../../apollo';
import { FormModal } from '../../../components/FormModal';
import { MEMBER_RELATION_OPTIONS } from '../form/MemberFormFields';
import { CHANGE_HEAD } from '../ledger.graphql';
import type { DetailContext, Member } from './types';

/** 设为户主: the former head (if any) gets a relation to the new head. */
export function ChangeHeadModal({ open, member, ctx, onClose }: { open: boolean; member?: Member; ctx: DetailContext; onClose: () => void }) {
  const { message } = App.useApp();
  const [changeHead] = useMutation(CHANGE_HEAD);
  const formerHead = ctx.household.members.find((m) => m.isHead);
  const submit = async (v: { formerHeadRelation?: string }) => {
    await changeHead({
      variables: {
        householdId: ctx.household.id,
        newHeadPersonId: member!.id,
        // the server asks for it even when the household has no head at the moment
        formerHeadRelation: v.formerHeadRelation ?? 'OTHER',
      },
      context: SILENT,
    });
    message.success(`户主已变更为 ${member!.name}`);
    onClose();
    await ctx.reload();
  };
  return (
    <FormModal<{ formerHeadRelation?: string }> open={open} title={member ? `将 ${member.name} 设为户主` : '变更户主'} onCancel={onClose} onSubmit={submit}>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title="其他成员的“与户主关系”不会自动调整，变更后请逐一核对。" />
      {formerHead ? (
        <Form.Item
          name="formerHeadRelation"
          label={`原户主 ${formerHead.name} 与新户主的关系`}
          rules={[{ required: true, message: '请选择原户主与新户主的关系' }]}
        >
          <Select options={MEMBER_RELATION_OPTIONS} placeholder="请选择" />
        </Form.Item>
      ) : (
        <Alert type="warning" showIcon title="本户当前没有户主。" />
      )}
    </FormModal>
  );
}
