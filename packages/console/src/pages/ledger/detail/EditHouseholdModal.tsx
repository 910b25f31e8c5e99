import { App } from 'antd';
import { useMutation } from '@apollo/client/react';
import { SILENT } from '../../../apollo';
import { FormModal } from '../../../components/FormModal';
import { HouseholdFields } from '../form/HouseholdFields';
import { householdFieldsInput, type HouseholdFormValues } from '../form/values';
import { UPDATE_HOUSEHOLD } from '../ledger.graphql';
import type { DetailContext } from './types';

/** 编辑家庭信息: 村社（整户迁址）、组、地址、城乡类别、联系电话. */
export function EditHouseholdModal({ open, ctx, onClose }: { open: boolean; ctx: DetailContext; onClose: () => void }) {
  const { message } = App.useApp();
  const [updateHousehold] = useMutation(UPDATE_HOUSEHOLD);
  const h = ctx.household;
  const submit = async (v: HouseholdFormValues) => {
    await updateHousehold({ variables: { id: h.id, input: householdFieldsInput(v) }, context: SILENT });
    message.success('家庭信息已保存');
    onClose();
    await ctx.reload();
  };
  return (
    <FormModal<HouseholdFormValues>
      open={open}
      title="编辑家庭信息"
      width={640}
      initialValues={{ areaCode: h.areaCode, groupNo: h.groupNo ?? undefined, address: h.address ?? '', residenceType: h.residenceType ?? undefined }}
      onCancel={onClose}
      onSubmit={submit}
    >
      <HouseholdFields currentPhone={h.phoneMasked ?? null} />
    </FormModal>
  );
}
