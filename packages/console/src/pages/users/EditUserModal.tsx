import { Form, Input, Switch } from 'antd';
import { FormModal } from '../../components/FormModal';
import type { UserFieldsFragment } from '../../gql/graphql';
import type { InformantKind } from '../../gql/graphql';
import { InformantKindField, UserPlacementFields } from './CreateUserModal';

export interface EditUserValues {
  displayName: string;
  areaCode: string;
  departmentId?: string | null;
  disabled: boolean;
  informantKind?: InformantKind | null;
  /** New mobile (modules/sms: window staff receive SMS); empty = unchanged. */
  mobile?: string;
}

export function EditUserModal(props: {
  open: boolean;
  user?: UserFieldsFragment;
  onCancel: () => void;
  onSubmit: (values: EditUserValues) => Promise<unknown>;
}) {
  const u = props.user;
  return (
    <FormModal<EditUserValues>
      open={props.open}
      title={u ? `编辑用户：${u.username}` : '编辑用户'}
      width={640}
      initialValues={
        u ? { displayName: u.displayName, areaCode: u.areaCode, departmentId: u.departmentId, disabled: u.disabled, informantKind: u.informantKind } : undefined
      }
      onCancel={props.onCancel}
      onSubmit={props.onSubmit}
    >
      <Form.Item name="displayName" label="姓名" rules={[{ required: true, whitespace: true, message: '请输入姓名' }]}>
        <Input />
      </Form.Item>
      <UserPlacementFields />
      <InformantKindField roles={u?.roles ?? []} />
      <Form.Item
        name="mobile"
        label="手机号码"
        extra={`当前：${u?.mobileMasked ?? '未设置'}。窗口人员通过此号码接收办理短信；留空不修改`}
        rules={[{ pattern: /^1[3-9]\d{9}$/, message: '请填写 11 位手机号码' }]}
      >
        <Input maxLength={11} inputMode="numeric" autoComplete="off" />
      </Form.Item>
      <Form.Item name="disabled" label="停用账号" valuePropName="checked" extra="停用后该用户不能登录，已有会话立即失效">
        <Switch checkedChildren="停用" unCheckedChildren="启用" />
      </Form.Item>
    </FormModal>
  );
}
