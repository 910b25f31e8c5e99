import { Form, Input } from 'antd';
import { FormModal } from '../../components/FormModal';
import type { DepartmentFieldsFragment } from '../../gql/graphql';

export interface DepartmentFormValues {
  code: string;
  name: string;
  shortName: string;
}

export function DepartmentFormModal(props: {
  open: boolean;
  department?: DepartmentFieldsFragment;
  onCancel: () => void;
  onSubmit: (values: DepartmentFormValues) => Promise<unknown>;
}) {
  const d = props.department;
  return (
    <FormModal<DepartmentFormValues>
      open={props.open}
      title={d ? '编辑部门' : '新增部门'}
      initialValues={d ? { code: d.code, name: d.name, shortName: d.shortName } : undefined}
      onCancel={props.onCancel}
      onSubmit={props.onSubmit}
    >
      <Form.Item
        name="code"
        label="部门编码"
        extra="字母、数字或下划线，如 MZJ"
        rules={[
          { required: true, message: '请输入部门编码' },
          { pattern: /^[A-Za-z0-9_-]{1,32}$/, message: '编码只能包含字母、数字、下划线或短横线，不超过 32 位' },
        ]}
      >
        <Input style={{ fontFamily: 'monospace' }} />
      </Form.Item>
      <Form.Item
        name="name"
        label="部门名称"
        rules={[
          { required: true, whitespace: true, message: '请输入部门名称' },
          { max: 60, message: '名称不超过 60 个字' },
        ]}
      >
        <Input placeholder="如：区民政局" />
      </Form.Item>
      <Form.Item
        name="shortName"
        label="简称"
        rules={[
          { required: true, whitespace: true, message: '请输入简称' },
          { max: 20, message: '简称不超过 20 个字' },
        ]}
      >
        <Input placeholder="如：民政" />
      </Form.Item>
    </FormModal>
  );
}
