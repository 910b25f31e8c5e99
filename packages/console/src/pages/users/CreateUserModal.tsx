import { Col, Form, Input, Row, Select } from 'antd';
import { AreaCascader } from '../../components/AreaCascader';
import { DepartmentSelect } from '../../components/DepartmentSelect';
import { FormModal } from '../../components/FormModal';
import { RoleSelect } from '../../components/RoleSelect';
import type { InformantKind } from '../../gql/graphql';
import { enumOptions } from '../../utils/enums';
import { PASSWORD_HINT, passwordPolicyRule } from '../../utils/password';

export interface CreateUserValues {
  username: string;
  displayName: string;
  areaCode: string;
  departmentId?: string;
  roles: string[];
  informantKind?: InformantKind | null;
  password: string;
}

/** 新增用户: business roles only; administrator roles are granted via 分配角色 by 安全管理员. */
export function CreateUserModal(props: { open: boolean; onCancel: () => void; onSubmit: (values: CreateUserValues) => Promise<unknown> }) {
  return (
    <FormModal<CreateUserValues> open={props.open} title="新增用户" width={640} onCancel={props.onCancel} onSubmit={props.onSubmit}>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item
            name="username"
            label="用户名"
            rules={[
              { required: true, message: '请输入用户名' },
              { pattern: /^[a-zA-Z][a-zA-Z0-9_.-]{2,31}$/, message: '以字母开头，3–32 位字母、数字、下划线、点或短横线' },
            ]}
          >
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="displayName" label="姓名" rules={[{ required: true, whitespace: true, message: '请输入姓名' }]}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <UserPlacementFields />
      <Form.Item name="roles" label="角色" rules={[{ required: true, message: '请至少选择一个角色' }]}>
        <RoleSelect multiple />
      </Form.Item>
      <InformantKindField />
      <Form.Item
        name="password"
        label="初始密码"
        extra={`${PASSWORD_HINT}；用户首次登录后须修改`}
        rules={[{ required: true, message: '请输入初始密码' }, passwordPolicyRule]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </FormModal>
  );
}

/** 所属区划 + 所属部门, shared by 新增 and 编辑. */
export function UserPlacementFields() {
  return (
    <Row gutter={16}>
      <Col span={12}>
        <Form.Item name="areaCode" label="所属区划" rules={[{ required: true, message: '请选择所属区划' }]}>
          <AreaCascader />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="departmentId" label="所属部门" extra="部门经办人员须选择部门">
          <DepartmentSelect />
        </Form.Item>
      </Col>
    </Row>
  );
}

/** 信息员类别 (三级信息员): asked for, and required, while the roles include 信息员. */
export function InformantKindField({ roles }: { roles?: string[] }) {
  return (
    <Form.Item noStyle dependencies={['roles']}>
      {({ getFieldValue }) =>
        ((getFieldValue('roles') as string[] | undefined) ?? roles ?? []).includes('INFORMANT') ? (
          <Form.Item
            name="informantKind"
            label="信息员类别"
            extra="三级信息员：村社民政社保员、村社小组长、志愿者、网格员；报送线索时显示"
            rules={[{ required: true, message: '请选择信息员类别' }]}
          >
            <Select options={enumOptions('InformantKind')} placeholder="请选择" />
          </Form.Item>
        ) : null
      }
    </Form.Item>
  );
}
