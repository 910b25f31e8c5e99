import { App, Form, Input, Typography } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { SILENT } from '../../apollo';
import { FormModal } from '../../components/FormModal';
import { MY_MOBILE, SET_MY_MOBILE } from './mobile.graphql';

/** 我的账号 › 手机号码: window staff receive 办理 SMS on it; stored encrypted, shown masked. Empty clears it. */
export function MyMobileModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const { data, refetch } = useQuery(MY_MOBILE, { skip: !open, fetchPolicy: 'network-only' });
  const [save] = useMutation(SET_MY_MOBILE);
  const current = data?.me?.mobileMasked ?? null;
  return (
    <FormModal<{ mobile: string }>
      open={open}
      title="手机号码"
      okText="保存"
      initialValues={{ mobile: '' }}
      onCancel={onClose}
      onSubmit={async (v) => {
        const r = await save({ variables: { mobile: v.mobile?.trim() || null }, context: SILENT });
        void message.success(r.data?.setMyMobile ? `手机号码已设为 ${r.data.setMyMobile}` : '手机号码已清除');
        await refetch();
        onClose();
      }}
    >
      <Typography.Paragraph type="secondary">
        当前：{current ?? '未设置'}。窗口人员将通过此号码接收本辖区申请的受理、补正、审批结果、督办和超时预警短信。号码加密保存；留空保存即清除。
      </Typography.Paragraph>
      <Form.Item name="mobile" label="新手机号码" rules={[{ pattern: /^1[3-9]\d{9}$/, message: '请填写 11 位手机号码' }]}>
        <Input maxLength={11} inputMode="numeric" autoComplete="tel" />
      </Form.Item>
    </FormModal>
  );
}
