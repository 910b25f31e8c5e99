import { Checkbox, DatePicker, Flex, Form, Input, Skeleton, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { AreaCascader } from '../../components/AreaCascader';
import { DepartmentSelect } from '../../components/DepartmentSelect';
import { FormModal } from '../../components/FormModal';
import type { ApiTokenScope, ApiTokenScopesQuery } from '../../gql/graphql';
import { dayjs } from '../../utils/datetime';

export interface CreateTokenValues {
  name: string;
  departmentId?: string;
  areaCode: string;
  scopes: ApiTokenScope[];
  expiresAt: Dayjs;
}

type ScopeInfo = ApiTokenScopesQuery['apiTokenScopes'][number];

/** 新建接口令牌: the integrator scopes with what each allows; department scopes need a department. */
export function CreateTokenModal(props: {
  open: boolean;
  scopes: ScopeInfo[];
  loading: boolean;
  onCancel: () => void;
  onSubmit: (values: CreateTokenValues) => Promise<unknown>;
}) {
  const needsDepartment = new Set(props.scopes.filter((s) => s.needsDepartment).map((s) => s.scope));
  return (
    <FormModal<CreateTokenValues>
      open={props.open}
      title="新建接口令牌"
      width={680}
      okText="创建"
      initialValues={{ expiresAt: dayjs().add(1, 'year').subtract(1, 'day').endOf('day'), scopes: [] }}
      onCancel={props.onCancel}
      onSubmit={props.onSubmit}
    >
      <Form.Item
        name="name"
        label="令牌名称"
        extra="写明对接的系统与用途，如：区医保局经办系统"
        rules={[
          { required: true, whitespace: true, message: '请输入令牌名称' },
          { max: 50, message: '不超过 50 个字' },
        ]}
      >
        <Input />
      </Form.Item>
      <Form.Item
        name="scopes"
        label="权限范围"
        extra="只授予对接所需的范围。用户、角色、区划、部门、日历、事项参数和操作日志等管理与配置功能，以及台账录入、查看完整号码、导出，均不授予接口令牌。"
        rules={[{ required: true, message: '请至少选择一项权限范围' }]}
      >
        {props.loading ? (
          <Skeleton active paragraph={{ rows: 4 }} />
        ) : (
          <Checkbox.Group style={{ width: '100%' }}>
            <Flex vertical gap={10}>
              {props.scopes.map((s) => (
                <Checkbox key={s.scope} value={s.scope}>
                  <Typography.Text strong>{s.name}</Typography.Text>
                  <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 12 }}>
                    {s.description}
                  </Typography.Paragraph>
                </Checkbox>
              ))}
            </Flex>
          </Checkbox.Group>
        )}
      </Form.Item>
      <Form.Item noStyle dependencies={['scopes']}>
        {({ getFieldValue }) => {
          const required = ((getFieldValue('scopes') as ApiTokenScope[] | undefined) ?? []).some((s) => needsDepartment.has(s));
          return (
            <Form.Item
              name="departmentId"
              label="所属部门"
              extra="对接系统所属部门：部门类权限范围只作用于本部门的转办单、救助记录和经办家庭"
              rules={[{ required, message: '所选权限范围须指定所属部门' }]}
            >
              <DepartmentSelect />
            </Form.Item>
          );
        }}
      </Form.Item>
      <Form.Item name="areaCode" label="数据范围（区划）" rules={[{ required: true, message: '请选择数据范围' }]}>
        <AreaCascader />
      </Form.Item>
      <Form.Item name="expiresAt" label="有效期至" extra="最长一年" rules={[{ required: true, message: '请选择到期日期' }]}>
        <DatePicker
          style={{ width: '100%' }}
          disabledDate={(d) => d.isBefore(dayjs().add(1, 'day').startOf('day')) || d.isAfter(dayjs().add(1, 'year').subtract(1, 'day'))}
        />
      </Form.Item>
    </FormModal>
  );
}
