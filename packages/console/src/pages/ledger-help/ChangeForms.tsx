import { DatePicker, Form, Input, Select } from 'antd';
import { useMutation } from '@apollo/client/react';
import { SILENT } from '../../apollo';
import { FormModal } from '../../components/FormModal';
import { enumOptions } from '../../utils/enums';
import type { FollowupKind, HouseholdChangeKind } from '../../gql/graphql';
import { dayjs } from '../../utils/datetime';
import { PROPOSE_CHANGE, RECORD_FOLLOWUP } from './ledger-help.graphql';

/** The household a change or a measure is about, as the forms need it. */
export interface HelpTarget {
  id: string;
  headName?: string | null;
  members: Array<{ personId: string; name: string }>;
}

const dateOf = (d?: dayjs.Dayjs | null) => (d ? d.format('YYYY-MM-DD') : null);
const notFuture = (d: dayjs.Dayjs) => d.isAfter(dayjs(), 'day');

/** 提出台账变更: kind, the member it is about (死亡, 重病, 失业), the date (死亡 required), what happened. */
export function ProposeChangeModal({ target, open, onClose, onDone }: { target?: HelpTarget; open: boolean; onClose: () => void; onDone: () => void }) {
  const [propose] = useMutation(PROPOSE_CHANGE);
  return (
    <FormModal<{ kind: HouseholdChangeKind; personId?: string; effectiveDate?: dayjs.Dayjs; note: string }>
      open={open}
      title={`提出台账变更：${target?.headName ?? ''}户`}
      okText="提交审核"
      onCancel={onClose}
      onSubmit={async (v) => {
        await propose({
          variables: {
            input: { householdId: target!.id, kind: v.kind, personId: v.personId ?? null, effectiveDate: dateOf(v.effectiveDate), note: v.note.trim() },
          },
          context: SILENT,
        });
        onDone();
      }}
    >
      <Form.Item name="kind" label="变更类别" rules={[{ required: true, message: '请选择变更类别' }]}>
        <Select options={enumOptions('HouseholdChangeKind')} />
      </Form.Item>
      <Form.Item name="personId" label="涉及的家庭成员（死亡、重病、失业必选）">
        <Select allowClear options={(target?.members ?? []).map((m) => ({ value: m.personId, label: m.name }))} />
      </Form.Item>
      <Form.Item name="effectiveDate" label="发生日期（死亡必填）">
        <DatePicker disabledDate={notFuture} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="note" label="情况说明" rules={[{ required: true, whitespace: true, message: '请说明情况' }]}>
        <Input.TextArea rows={3} maxLength={500} showCount placeholder="如：本月初搬到县城儿子家居住；工厂停产被辞退" />
      </Form.Item>
    </FormModal>
  );
}

/** 记录帮扶措施: kind, the member (optional), the date, what was done. */
export function FollowupModal({ target, open, onClose, onDone }: { target?: HelpTarget; open: boolean; onClose: () => void; onDone: () => void }) {
  const [record] = useMutation(RECORD_FOLLOWUP);
  return (
    <FormModal<{ kind: FollowupKind; personId?: string; measureDate: dayjs.Dayjs; note: string }>
      open={open}
      title={`记录帮扶措施：${target?.headName ?? ''}户`}
      initialValues={{ measureDate: dayjs() }}
      onCancel={onClose}
      onSubmit={async (v) => {
        await record({
          variables: {
            input: { householdId: target!.id, kind: v.kind, personId: v.personId ?? null, measureDate: dateOf(v.measureDate)!, note: v.note.trim() },
          },
          context: SILENT,
        });
        onDone();
      }}
    >
      <Form.Item name="kind" label="措施类别" rules={[{ required: true, message: '请选择措施类别' }]}>
        <Select options={enumOptions('FollowupKind')} />
      </Form.Item>
      <Form.Item name="personId" label="涉及的家庭成员（可不选）">
        <Select allowClear options={(target?.members ?? []).map((m) => ({ value: m.personId, label: m.name }))} />
      </Form.Item>
      <Form.Item name="measureDate" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
        <DatePicker disabledDate={notFuture} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="note" label="措施内容" rules={[{ required: true, whitespace: true, message: '请填写措施内容' }]}>
        <Input.TextArea rows={3} maxLength={500} showCount placeholder="如：上门送米面油；与家属谈心疏导；联系村委会落实临时监护" />
      </Form.Item>
    </FormModal>
  );
}
