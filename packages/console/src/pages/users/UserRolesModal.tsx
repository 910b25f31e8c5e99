import { Alert, Form } from 'antd';
import { FormModal } from '../../components/FormModal';
import { RoleSelect } from '../../components/RoleSelect';
import type { UserFieldsFragment } from '../../gql/graphql';

/** 分配角色 (安全管理员): every role, including the administrator roles. */
export function UserRolesModal(props: { open: boolean; user?: UserFieldsFragment; onCancel: () => void; onSubmit: (roles: string[]) => Promise<unknown> }) {
  const u = props.user;
  return (
    <FormModal<{ roles: string[] }>
      open={props.open}
      title={u ? `分配角色：${u.displayName}（${u.username}）` : '分配角色'}
      initialValues={{ roles: u?.roles ?? [] }}
      onCancel={props.onCancel}
      onSubmit={(v) => props.onSubmit(v.roles)}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="系统管理员、安全管理员、审计管理员三员分立，同一账号不得兼任；管理员登录须启用两步验证。涉及管理员角色的变更须由另一类管理员确认后生效。"
      />
      <Form.Item name="roles" label="角色" rules={[{ required: true, message: '请至少选择一个角色' }]}>
        <RoleSelect multiple includeAdmin />
      </Form.Item>
    </FormModal>
  );
}
