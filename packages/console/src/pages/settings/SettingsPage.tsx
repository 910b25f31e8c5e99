import { App, Button, Form, Input, Table, Typography, type TableColumnsType } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { SILENT } from '../../apollo';
import { emptyText } from '../../components/emptyText';
import { FormModal } from '../../components/FormModal';
import { ContentCard, PageContainer } from '../../components/PageContainer';
import { useDialog } from '../../components/useDialog';
import type { SettingsQuery } from '../../gql/graphql';
import { formatDateTime } from '../../utils/datetime';
import { SETTINGS, UPDATE_SETTING } from './settings.graphql';

type Setting = SettingsQuery['settings'][number];

/** 系统设置 (系统管理员): values the platform prints or shows, e.g. the 社会救助服务热线 of the 受理回执. Each change is logged. */
export default function SettingsPage() {
  const { message } = App.useApp();
  const { data, loading, refetch } = useQuery(SETTINGS, { fetchPolicy: 'cache-and-network' });
  const [update] = useMutation(UPDATE_SETTING);
  const dialog = useDialog<Setting>();

  const columns: TableColumnsType<Setting> = [
    { title: '设置项', dataIndex: 'name', width: 180 },
    {
      title: '当前值',
      dataIndex: 'value',
      width: 200,
      render: (v: string | null) => (v ? <Typography.Text strong>{v}</Typography.Text> : <Typography.Text type="secondary">未设置</Typography.Text>),
    },
    { title: '用途', dataIndex: 'description' },
    {
      title: '最后修改',
      key: 'updated',
      width: 220,
      render: (_, s) => (s.updatedByName ? `${s.updatedByName} ${formatDateTime(s.updatedAt)}` : '—'),
    },
    {
      title: '操作',
      key: 'actions',
      width: 90,
      render: (_, s) => (
        <Button type="link" size="small" icon={<EditOutlined />} onClick={() => dialog.open(s)} aria-label={`修改${s.name}`}>
          修改
        </Button>
      ),
    },
  ];

  return (
    <PageContainer title="系统设置">
      <ContentCard>
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          修改即时生效，每次修改记入操作日志（修改前后的值、修改人）。
        </Typography.Paragraph>
        <Table<Setting>
          rowKey="key"
          loading={loading && !data}
          dataSource={data?.settings ?? []}
          columns={columns}
          pagination={false}
          locale={{ emptyText: emptyText('没有可设置的项目') }}
        />
      </ContentCard>
      <FormModal<{ value: string }>
        open={dialog.isOpen}
        title={`修改${dialog.target?.name ?? ''}`}
        okText="保存"
        initialValues={{ value: dialog.target?.value ?? '' }}
        onCancel={dialog.close}
        onSubmit={async (v) => {
          const s = dialog.target!;
          await update({ variables: { key: s.key, value: v.value.trim(), version: s.version }, context: SILENT });
          void message.success(`${s.name}已保存`);
          dialog.close();
          await refetch();
        }}
      >
        <Form.Item
          name="value"
          label={dialog.target?.name}
          extra={dialog.target?.description}
          rules={[{ required: true, whitespace: true, message: `请填写${dialog.target?.name ?? ''}` }]}
        >
          <Input maxLength={20} placeholder="如 12349 或 023-61234567" />
        </Form.Item>
      </FormModal>
    </PageContainer>
  );
}
