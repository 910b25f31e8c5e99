import { App, Form, Input, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import { FormModal } from '../components/FormModal';
import { SILENT } from '../apollo';
import { PASSWORD_HINT, passwordPolicyRule, sameAs } from '../utils/password';
import { CHANGE_PASSWORD } from './account.graphql';
import { ME_QUERY } from '../auth/me.graphql';

interface Values {
  oldPassword: string;
  newPassword: string;
  confirm: string;
}

export function ChangePasswordModal({ open, onClose, forced }: { open: boolean; onClose: () => void; forced?: boolean }) {
  const { message } = App.useApp();
  const [change] = useMutation(CHANGE_PASSWORD, { refetchQueries: [ME_QUERY] });

  return (
    <FormModal<Values>
      open={open}
      title="修改密码"
      onCancel={onClose}
      onSubmit={async (v) => {
        await change({ variables: { oldPassword: v.oldPassword, newPassword: v.newPassword }, context: SILENT });
        message.success('密码已修改');
        onClose();
      }}
    >
      {forced && <Typography.Paragraph type="warning">您的密码已过期或为初始密码，请先修改密码。</Typography.Paragraph>}
      <Form.Item name="oldPassword" label="原密码" rules={[{ required: true, message: '请输入原密码' }]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item name="newPassword" label="新密码" extra={PASSWORD_HINT} rules={[{ required: true, message: '请输入新密码' }, passwordPolicyRule]}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label="确认新密码"
        dependencies={['newPassword']}
        rules={[{ required: true, message: '请再次输入新密码' }, sameAs('newPassword')]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </FormModal>
  );
}
