import { Alert, Form, Input } from 'antd';
import { FormModal } from '../../components/FormModal';
import type { UserFieldsFragment } from '../../gql/graphql';
import { PASSWORD_HINT, passwordPolicyRule, sameAs } from '../../utils/password';

export function ResetPasswordModal(props: {
  open: boolean;
  user?: UserFieldsFragment;
  /** An administrator: the reset is a request another administrator role must confirm. */
  needsConfirmation?: boolean;
  onCancel: () => void;
  onSubmit: (newPassword: string) => Promise<unknown>;
}) {
  const u = props.user;
  return (
    <FormModal<{ newPassword: string; confirm: string }>
      open={props.open}
      title={u ? `重置密码：${u.displayName}（${u.username}）` : '重置密码'}
      okText={props.needsConfirmation ? '提交申请' : '重置'}
      onCancel={props.onCancel}
      onSubmit={(v) => props.onSubmit(v.newPassword)}
    >
      {props.needsConfirmation && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="管理员账号：双人复核"
          description="提交后须由另一类管理员（系统管理员或审计管理员）确认才生效；生效后该管理员下次登录会看到由谁申请、经谁确认。"
        />
      )}
      <Form.Item
        name="newPassword"
        label="新密码"
        extra={`${PASSWORD_HINT}；用户下次登录后须修改，其现有会话将失效`}
        rules={[{ required: true, message: '请输入新密码' }, passwordPolicyRule]}
      >
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
