import { App, Form, Select } from 'antd';
import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router-dom';
import { SILENT } from '../../../apollo';
import { FormModal } from '../../../components/FormModal';
import { MEMBER_RELATION_OPTIONS } from '../form/MemberFormFields';
import { MOVE_MEMBER } from '../ledger.graphql';
import { memberOptions } from '../ledger-ui';
import { HouseholdPicker } from './HouseholdPicker';
import type { DetailContext, Member } from './types';

interface Values {
  toHouseholdId: string;
  relation: string;
  newHeadPersonId?: string;
}

/** 迁移: one member joins another household of the user's area (history is kept in both). */
export function MoveMemberModal({ open, member, ctx, onClose }: { open: boolean; member?: Member; ctx: DetailContext; onClose: () => void }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [moveMember] = useMutation(MOVE_MEMBER);
  const others = ctx.household.members.filter((m) => m.id !== member?.id);
  const needsNewHead = !!member?.isHead && others.length > 0;

  const submit = async (v: Values) => {
    await moveMember({
      variables: { personId: member!.id, toHouseholdId: v.toHouseholdId, relation: v.relation, newHeadPersonId: v.newHeadPersonId ?? null },
      context: SILENT,
    });
    message.success(`${member!.name} 已迁入目标家庭`);
    onClose();
    if (others.length === 0)
      navigate(`/ledger/${v.toHouseholdId}`); // the last member left: this household is closed
    else await ctx.reload();
  };

  return (
    <FormModal<Values> open={open} title={member ? `迁移成员：${member.name}` : '迁移成员'} width={600} onCancel={onClose} onSubmit={submit}>
      <Form.Item name="toHouseholdId" label="迁入家庭" rules={[{ required: true, message: '请选择迁入的家庭' }]}>
        <HouseholdPicker excludeId={ctx.household.id} />
      </Form.Item>
      <Form.Item name="relation" label="与迁入家庭户主的关系" rules={[{ required: true, message: '请选择与户主关系' }]}>
        <Select options={MEMBER_RELATION_OPTIONS} placeholder="请选择" />
      </Form.Item>
      {needsNewHead && (
        <Form.Item name="newHeadPersonId" label="本户新户主" rules={[{ required: true, message: '迁出的是户主，请指定本户新户主' }]}>
          <Select options={memberOptions(others, true)} placeholder="请选择" />
        </Form.Item>
      )}
    </FormModal>
  );
}
