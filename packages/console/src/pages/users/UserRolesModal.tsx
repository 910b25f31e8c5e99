import { Alert, Form } from 'antd';
import { FormModal } from '../../components/FormModal';
import { RoleSelect } from '../../components/RoleSelect';
import type { InformantKind, UserFieldsFragment } from '../../gql/graphql';
import { InformantKindField } from './CreateUserModal';

/** 分配角色 (安全管理员): every role, including the administrator roles. */
export function UserRolesModal(props: {
  open: boolean;
  user?: UserFieldsFragment;
  onCancel: () => void;
  onSubmit: (roles: string[], informantKind: InformantKind | null) => Promise<unknown>;
}) {
  const u = props.user;
  return (
    <FormModal<{ roles: string[]; informantKind?: InformantKind | null }>
      open={props.open}
      title={u ? `分配角色：${u.displayName}（${u.username}）` : '分配角色'}
      initialValues={{ roles: u?.roles ?? [], informantKind: u?.informantKind ?? null }}
      onCancel={props.onCancel}
      onSubmit={(v) => props.onSubmit(v.roles, v.roles.includes('INFORMANT') ? (v.informantKind ?? null) : null)}
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
      <InformantKindField />
    </FormModal>
  );
}
