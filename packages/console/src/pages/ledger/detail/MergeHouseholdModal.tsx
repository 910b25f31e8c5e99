import { useState } from 'react';
import { Alert, App, Form, Radio, Select } from 'antd';
import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router-dom';
import { SILENT } from '../../../apollo';
import { FormModal } from '../../../components/FormModal';
import { MEMBER_RELATION_OPTIONS } from '../form/MemberFormFields';
import { MERGE_HOUSEHOLDS } from '../ledger.graphql';
import { HouseholdPicker, type PickedHousehold } from './HouseholdPicker';
import type { DetailContext } from './types';

type Direction = 'into' | 'from';

interface MergeValues {
  direction: Direction;
  otherId: string;
  relations?: Record<string, string>;
}

/**
 * 合户: every member of the source household joins the target, with a relation to the target's
 * head; the source's benefits and assets follow and the source is closed.
 */
export function MergeHouseholdModal({ open, ctx, onClose }: { open: boolean; ctx: DetailContext; onClose: () => void }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [mergeHouseholds] = useMutation(MERGE_HOUSEHOLDS);
  const [other, setOther] = useState<PickedHousehold>();
  const h = ctx.household;

  const submit = async (v: MergeValues) => {
    const [sourceId, targetId] = v.direction === 'into' ? [h.id, v.otherId] : [v.otherId, h.id];
    const moving = v.direction === 'into' ? h.members : (other?.members ?? []);
    await mergeHouseholds({
      variables: { sourceId, targetId, relations: moving.map((m) => ({ personId: m.id, relation: v.relations?.[m.id] ?? '' })) },
      context: SILENT,
    });
    message.success('合户完成');
    onClose();
    if (targetId === h.id) await ctx.reload();
    else navigate(`/ledger/${targetId}`); // this household was merged away (closed)
  };

  return (
    <FormModal<MergeValues>
      open={open}
      title="合户"
      width={640}
      initialValues={{ direction: 'from' }}
      onCancel={() => {
        setOther(undefined);
        onClose();
      }}
      onSubmit={submit}
    >
      <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="来源家庭的全部成员、救助记录和财产并入目标家庭，来源家庭随之注销。" />
      <Form.Item name="direction" label="合户方式">
        <Radio.Group
          options={[
            { value: 'from', label: '其他家庭并入本户' },
            { value: 'into', label: '本户并入其他家庭' },
          ]}
        />
      </Form.Item>
      <Form.Item name="otherId" label="另一家庭" rules={[{ required: true, message: '请选择另一家庭' }]}>
        <HouseholdPicker excludeId={h.id} onPick={setOther} />
      </Form.Item>
      <Form.Item noStyle dependencies={['direction', 'otherId']}>
        {({ getFieldValue }) => {
          const direction = getFieldValue('direction') as Direction;
          if (!other || other.id !== getFieldValue('otherId')) return null;
          const [moving, targetHead] = direction === 'into' ? [h.members, other.headName] : [other.members, h.headName];
          return moving.map((m) => (
            <Form.Item
              key={`${direction}-${m.id}`}
              name={['relations', m.id]}
              label={`${m.name} 与目标户户主${targetHead ? ` ${targetHead} ` : ''}的关系`}
              rules={[{ required: true, message: '请选择与户主关系' }]}
            >
              <Select options={MEMBER_RELATION_OPTIONS} placeholder="请选择" style={{ width: 240 }} />
            </Form.Item>
          ));
        }}
      </Form.Item>
    </FormModal>
  );
}
