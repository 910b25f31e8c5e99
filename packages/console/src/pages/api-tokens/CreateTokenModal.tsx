import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { AreaCascader } from '../../components/AreaCascader';
import { DepartmentSelect } from '../../components/DepartmentSelect';
import { FormModal } from '../../components/FormModal';
import { useRoleCatalogue } from '../../components/RoleSelect';
import { dayjs } from '../../utils/datetime';

export interface CreateTokenValues {
  name: string;
  departmentId?: string;
  areaCode: string;
  permissions: string[];
  expiresAt: Dayjs;
}

export function CreateTokenModal(props: {
  open: boolean;
  onCancel: () => void;
  onSubmit: (values: CreateTokenValues) => Promise<unknown>;
}) {
  const { permissions, loading } = useRoleCatalogue();
  return (
    <FormModal<CreateTokenValues>
      open={props.open}
      title="新建接口令牌"
      width={600}
      okText="创建"
      initialValues={{ expiresAt: dayjs().add(1, 'year').endOf('day'), permissions: [] }}
      onCancel={props.onCancel}
      onSubmit={props.onSubmit}
    >
      <Form.Item
        name="name"
        label="令牌名称"
        extra="写明对接的系统与用途，如：区医保局经办系统"
        rules={[{ required: true, whitespace: true, message: '请输入令牌名称' }, { max: 60, message: '不超过 60 个字' }]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="departmentId" label="所属部门" extra="对接系统所属部门，决定其能办理的转办事项">
        <DepartmentSelect />
      </Form.Item>
      <Form.Item name="areaCode" label="数据范围（区划）" rules={[{ required: true, message: '请选择数据范围' }]}>
        <AreaCascader />
      </Form.Item>
      <Form.Item name="permissions" label="权限" rules={[{ required: true, message: '请至少选择一项权限' }]}>
        <Select
          mode="multiple"
          loading={loading}
          placeholder="只授予对接所需的最小权限"
          showSearch={{ optionFilterProp: 'label' }}
          options={permissions.map((p) => ({ value: p.code, label: p.name, title: p.code }))}
        />
      </Form.Item>
      <Form.Item name="expiresAt" label="有效期至" rules={[{ required: true, message: '请选择到期日期' }]}>
        <DatePicker
          style={{ width: '100%' }}
          disabledDate={(d) => d.isBefore(dayjs().add(1, 'day').startOf('day')) || d.isAfter(dayjs().add(3, 'year'))}
        />
      </Form.Item>
    </FormModal>
  );
}
