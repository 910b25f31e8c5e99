import { App } from 'antd';
import { useMutation } from '@apollo/client/react';
import { SILENT } from '../../../apollo';
import { FormModal } from '../../../components/FormModal';
import { MemberFormFields } from '../form/MemberFormFields';
import { memberInput, type MemberFormValues } from '../form/values';
import { ADD_MEMBER } from '../ledger.graphql';
import type { DetailContext } from './types';

/** 增加成员: a person not yet in the ledger (an ID already registered is refused live). */
export function AddMemberModal({ open, ctx, onClose }: { open: boolean; ctx: DetailContext; onClose: () => void }) {
  const { message } = App.useApp();
  const [addMember] = useMutation(ADD_MEMBER);
  const submit = async (v: MemberFormValues) => {
    await addMember({ variables: { householdId: ctx.household.id, member: memberInput(v) }, context: SILENT });
    message.success(`已增加成员 ${v.name.trim()}`);
    onClose();
    await ctx.reload();
  };
  return (
    <FormModal<MemberFormValues>
      open={open}
      title="增加成员"
      width={720}
      onCancel={onClose}
      onSubmit={submit}
      // the server reports the new member as row 0 of a member list
      mapErrorField={(f) => f.replace(/^members\.0\./, '')}
    >
      <MemberFormFields mode="add" />
    </FormModal>
  );
}
