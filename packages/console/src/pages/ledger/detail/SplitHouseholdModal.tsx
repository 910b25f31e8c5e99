import { Alert, App, Button, Checkbox, Divider, Form, Select, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router-dom';
import { SILENT } from '../../../apollo';
import { FormModal } from '../../../components/FormModal';
import { HouseholdFields } from '../form/HouseholdFields';
import { MEMBER_RELATION_OPTIONS } from '../form/MemberFormFields';
import type { HouseholdFormValues } from '../form/values';
import { SPLIT_HOUSEHOLD } from '../ledger.graphql';
import { memberOptions } from '../ledger-ui';
import type { DetailContext } from './types';

interface SplitValues extends HouseholdFormValues {
  personIds: string[];
  headPersonId: string;
  relations?: Record<string, string>;
}

/** 分户: some members (not the head) leave to form a new household at a new address. */
export function SplitHouseholdModal({ open, ctx, onClose }: { open: boolean; ctx: DetailContext; onClose: () => void }) {
  const { message, notification } = App.useApp();
  const navigate = useNavigate();
  const [splitHousehold] = useMutation(SPLIT_HOUSEHOLD);
  const h = ctx.household;
  const candidates = h.members.filter((m) => !m.isHead);

  const submit = async (v: SplitValues) => {
    const { data } = await splitHousehold({
      variables: {
        householdId: h.id,
        input: {
          personIds: v.personIds,
          headPersonId: v.headPersonId,
          relations: v.personIds.filter((id) => id !== v.headPersonId).map((personId) => ({ personId, relation: v.relations?.[personId] ?? '' })),
          areaCode: v.areaCode,
          groupNo: v.groupNo?.trim() || null,
          address: v.address.trim(),
          residenceType: v.residenceType,
          phone: v.phone?.trim() || null,
        },
      },
      context: SILENT,
    });
    const newId = data!.splitHousehold;
    onClose();
    message.success('分户完成');
    const key = `split-${newId}`;
    notification.success({
      key,
      placement: 'bottomRight', // clear of the page's action buttons
      title: '已分出新户',
      description: `${v.personIds.length} 名成员已分户至 ${v.address.trim()}。`,
      actions: (
        <Button
          type="primary"
          size="small"
          onClick={() => {
            notification.destroy(key);
            navigate(`/ledger/${newId}`);
          }}
        >
          查看新户
        </Button>
      ),
    });
    await ctx.reload();
  };

  return (
    <FormModal<SplitValues>
      open={open}
      title="分户"
      width={720}
      initialValues={{ personIds: [], areaCode: h.areaCode, groupNo: h.groupNo ?? undefined, residenceType: h.residenceType ?? undefined }}
      onCancel={onClose}
      onSubmit={submit}
    >
      {candidates.length === 0 ? (
        <Alert type="warning" showIcon title="本户除户主外没有其他成员，不能分户。" />
      ) : (
        <>
          <Form.Item
            name="personIds"
            label="分出的成员"
            extra="户主须留在原户；如需分出户主，请先变更户主。"
            rules={[{ required: true, message: '请选择分出的成员' }]}
          >
            <Checkbox.Group options={memberOptions(candidates, true)} />
          </Form.Item>
          <Form.Item noStyle dependencies={['personIds', 'headPersonId']}>
            {({ getFieldValue }) => {
              const ids = (getFieldValue('personIds') ?? []) as string[];
              const headId = getFieldValue('headPersonId') as string | undefined;
              const chosen = candidates.filter((m) => ids.includes(m.id));
              return (
                <>
                  <Form.Item name="headPersonId" label="新户户主" rules={[{ required: true, message: '请选择新户户主' }]}>
                    <Select options={memberOptions(chosen)} placeholder="从分出的成员中选择" style={{ width: 240 }} />
                  </Form.Item>
                  {chosen
                    .filter((m) => m.id !== headId)
                    .map((m) => (
                      <Form.Item
                        key={m.id}
                        name={['relations', m.id]}
                        label={`${m.name} 与新户主的关系`}
                        rules={[{ required: true, message: '请选择与户主关系' }]}
                      >
                        <Select options={MEMBER_RELATION_OPTIONS} placeholder="请选择" style={{ width: 240 }} />
                      </Form.Item>
                    ))}
                </>
              );
            }}
          </Form.Item>
          <Divider titlePlacement="start" plain>
            <Typography.Text type="secondary">新户信息</Typography.Text>
          </Divider>
          <HouseholdFields addressLabel="新户地址" />
        </>
      )}
    </FormModal>
  );
}
