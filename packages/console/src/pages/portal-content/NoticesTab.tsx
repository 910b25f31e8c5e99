import { App, Button, Flex, Form, Input, Select, Switch, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined, PushpinFilled } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { ExportButton } from '../../components/ExportButton';
import { SILENT } from '../../apollo';
import { actionsColumn, publishedColumn, updatedColumn } from './columns';
import { emptyText } from '../../components/emptyText';
import { FormModal } from '../../components/FormModal';
import { useDialog } from '../../components/useDialog';
import type { NoticesQuery, PortalNoticeCategory } from '../../gql/graphql';
import { formatDate } from '../../utils/datetime';
import { enumOptions } from '../../utils/enums';
import { DELETE_NOTICE, NOTICES, SAVE_NOTICE } from './notices.graphql';

type Notice = NoticesQuery['notices'][number];

interface NoticeValues {
  title: string;
  body: string;
  category: PortalNoticeCategory;
  pinned: boolean;
  published: boolean;
}

const CATEGORY_COLOR: Record<PortalNoticeCategory, string> = { NOTICE: 'blue', POLICY: 'purple', WORK: 'green' };

const valuesOf = (n: Notice | null): NoticeValues =>
  n
    ? { title: n.title, body: n.body, category: n.category, pinned: n.pinned, published: n.published }
    : { title: '', body: '', category: 'NOTICE', pinned: false, published: false };

/** 通知公告: what the portal's home page and 通知公告 show (published; 置顶 first, then the newest) — kept by the district. */
export function NoticesTab() {
  const { message } = App.useApp();
  const { data, loading, refetch } = useQuery(NOTICES, { fetchPolicy: 'cache-and-network' });
  const [save] = useMutation(SAVE_NOTICE);
  const [remove] = useMutation(DELETE_NOTICE);
  // target null = a new notice
  const dialog = useDialog<Notice | null>();
  const notices = data?.notices ?? [];

  const columns: TableColumnsType<Notice> = [
    {
      title: '标题',
      key: 'title',
      render: (_, n) => (
        <Flex vertical gap={2}>
          <Typography.Text strong>
            {n.pinned && <PushpinFilled style={{ color: '#d4380d', marginRight: 6 }} aria-label="置顶" />}
            {n.title}
          </Typography.Text>
          <Typography.Paragraph type="secondary" ellipsis={{ rows: 1 }} style={{ marginBottom: 0 }}>
            {n.body}
          </Typography.Paragraph>
        </Flex>
      ),
    },
    { title: '类别', dataIndex: 'categoryName', width: 100, render: (v: string, n) => <Tag color={CATEGORY_COLOR[n.category]}>{v}</Tag> },
    { title: '置顶', dataIndex: 'pinned', width: 70, render: (v: boolean) => (v ? '是' : '—') },
    publishedColumn<Notice>(),
    { title: '发布日期', dataIndex: 'publishedAt', width: 110, render: (v: string | null) => (v ? formatDate(v) : '—') },
    updatedColumn<Notice>(),
    actionsColumn<Notice>({
      noun: '公告',
      measure: '条',
      name: (n) => n.title,
      onEdit: (n) => dialog.open(n),
      remove: (n) => remove({ variables: { id: n.id, version: n.version }, context: SILENT }),
      refetch,
    }),
  ];

  const target = dialog.target;
  return (
    <>
      <Flex justify="space-between" align="start" gap={16}>
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          已发布的公告显示在便民服务门户首页和“通知公告”中，置顶的在前，其余按发布日期从新到旧。公告向社会公开，不得含有身份证号、手机号码等个人信息。通知公告由区县统一维护，每次修改记入操作日志。
        </Typography.Paragraph>
        <Flex gap={8}>
          <ExportButton list="PORTAL_NOTICES" filter={{}} />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => dialog.open(null)}>
            新增公告
          </Button>
        </Flex>
      </Flex>
      <Table<Notice>
        rowKey="id"
        size="middle"
        tableLayout="fixed"
        loading={loading && !data}
        dataSource={notices}
        columns={columns}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: emptyText('还没有通知公告') }}
      />
      <FormModal<NoticeValues>
        open={dialog.isOpen}
        title={target ? '修改公告' : '新增公告'}
        okText="保存"
        width={720}
        initialValues={valuesOf(target ?? null)}
        onCancel={dialog.close}
        onSubmit={async (v) => {
          await save({ variables: { id: target?.id ?? null, input: v, version: target?.version ?? 0 }, context: SILENT });
          void message.success(v.published ? '公告已保存，门户已显示' : '公告已保存为草稿');
          dialog.close();
          await refetch();
        }}
      >
        <Form.Item name="title" label="标题" rules={[{ required: true, whitespace: true, message: '请填写标题' }]}>
          <Input maxLength={100} placeholder="如 关于 2027 年城乡低保标准调整的通知" />
        </Form.Item>
        <Form.Item
          name="body"
          label="正文"
          rules={[{ required: true, whitespace: true, message: '请填写正文' }]}
          extra="可分段换行；不得含有身份证号、手机号码"
        >
          <Input.TextArea
            maxLength={5000}
            showCount
            autoSize={{ minRows: 6, maxRows: 14 }}
            placeholder="通俗易懂；金额、材料和时限请引导群众看政策查询，以免与事项目录不一致"
          />
        </Form.Item>
        <Flex gap={16}>
          <Form.Item name="category" label="类别" style={{ flex: 1 }} rules={[{ required: true, message: '请选择类别' }]}>
            <Select options={enumOptions('PortalNoticeCategory')} />
          </Form.Item>
          <Form.Item name="pinned" label="置顶" valuePropName="checked" style={{ width: 90 }}>
            <Switch checkedChildren="置顶" unCheckedChildren="否" />
          </Form.Item>
          <Form.Item
            name="published"
            label="发布"
            valuePropName="checked"
            style={{ width: 90 }}
            extra={target?.publishedAt ? `首次发布于 ${formatDate(target.publishedAt)}` : undefined}
          >
            <Switch checkedChildren="发布" unCheckedChildren="草稿" />
          </Form.Item>
        </Flex>
      </FormModal>
    </>
  );
}
