import { App } from 'antd';
import { useMutation } from '@apollo/client/react';
import { SILENT } from '../../../apollo';
import { FormModal } from '../../../components/FormModal';
import { MemberFormFields } from '../form/MemberFormFields';
import { memberFormValues, personUpdateInput, type MemberFormValues } from '../form/values';
import { UPDATE_PERSON } from '../ledger.graphql';
import type { DetailContext, Member } from './types';

/** 编辑成员: name, phone, relation (not the head's) and the facts; the ID number stays as registered. */
export function EditMemberModal({ open, member, ctx, onClose }: { open: boolean; member?: Member; ctx: DetailContext; onClose: () => void }) {
  const { message } = App.useApp();
  const [updatePerson] = useMutation(UPDATE_PERSON);
  const submit = async (v: MemberFormValues) => {
    await updatePerson({ variables: { personId: member!.id, input: personUpdateInput(v, member!.isHead) }, context: SILENT });
    message.success('成员信息已保存');
    onClose();
    await ctx.reload();
  };
  return (
    <FormModal<MemberFormValues>
      open={open}
      title={member ? `编辑成员：${member.name}（${member.idMasked}）` : '编辑成员'}
      width={720}
      initialValues={member ? memberFormValues(member) : undefined}
      onCancel={onClose}
      onSubmit={submit}
    >
      <MemberFormFields mode="edit" isHead={member?.isHead} currentPhone={member?.phoneMasked ?? null} />
    </FormModal>
  );
}
