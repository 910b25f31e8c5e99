import { App, Button, Form, Input, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { SILENT } from '../../apollo';
import { useCan } from '../../auth/CurrentUserContext';
import { ContentCard, PageContainer } from '../../components/PageContainer';
import { ExportButton } from '../../components/ExportButton';
import { SearchBar } from '../../components/SearchBar';
import { useFilters } from '../../components/paging';
import { useDialog } from '../../components/useDialog';
import type { DepartmentFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../utils/datetime';
import { DepartmentFormModal, type DepartmentFormValues } from './DepartmentFormModal';
import { CREATE_DEPARTMENT, DEPARTMENTS, UPDATE_DEPARTMENT } from './departments.graphql';

type Department = DepartmentFieldsFragment;

export default function DepartmentsPage() {
  const canManage = useCan()('DEPARTMENT_MANAGE');
  const { message } = App.useApp();
  const dialog = useDialog<Department>();
  const { filters, setFilters, page, pageSize, pagination } = useFilters<{ keyword?: string }>({});
  const { data, loading, refetch } = useQuery(DEPARTMENTS, {
    variables: { ...filters, page, pageSize },
    fetchPolicy: 'cache-and-network',
  });
  const [create] = useMutation(CREATE_DEPARTMENT);
  const [update] = useMutation(UPDATE_DEPARTMENT);

  const submit = async (v: DepartmentFormValues) => {
    const input = { code: v.code.trim(), name: v.name.trim(), shortName: v.shortName.trim() };
    if (dialog.target) {
      await update({ variables: { id: dialog.target.id, input }, context: SILENT });
      message.success('部门已保存');
    } else {
      await create({ variables: { input }, context: SILENT });
      message.success('部门已新增');
      await refetch();
    }
    dialog.close();
  };

  return (
    <PageContainer
      title="部门管理"
      extra={
        canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => dialog.open()}>
            新增部门
          </Button>
        )
      }
    >
      <ContentCard>
        <SearchBar<{ keyword?: string }> onSearch={setFilters} extra={<ExportButton list="DEPARTMENTS" filter={filters} />}>
          <Form.Item name="keyword" label="关键字">
            <Input placeholder="部门名称、简称或编码" allowClear style={{ width: 240 }} />
          </Form.Item>
        </SearchBar>
        <Table<Department>
          rowKey="id"
          loading={loading}
          dataSource={data?.departments.items ?? []}
          pagination={pagination(data?.departments.total)}
          columns={[
            { title: '部门编码', dataIndex: 'code', width: 140, render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
            { title: '部门名称', dataIndex: 'name' },
            { title: '简称', dataIndex: 'shortName', width: 140, render: (v: string) => v || '—' },
            { title: '用户数', dataIndex: 'userCount', width: 100, align: 'right' },
            { title: '创建时间', dataIndex: 'createdAt', width: 180, render: formatDateTime },
            ...(canManage
              ? [
                  {
                    title: '操作',
                    key: 'actions',
                    width: 90,
                    render: (_: unknown, d: Department) => (
                      <Button type="link" size="small" onClick={() => dialog.open(d)}>
                        编辑
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </ContentCard>
      <DepartmentFormModal open={dialog.isOpen} department={dialog.target} onCancel={dialog.close} onSubmit={submit} />
    </PageContainer>
  );
}
