import { App, Button, Flex, Form, Input, Select, Switch, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { SILENT } from '../../apollo';
import { AreaCascader } from '../../components/AreaCascader';
import { emptyText } from '../../components/emptyText';
import { ExportButton } from '../../components/ExportButton';
import { FormModal } from '../../components/FormModal';
import { usePaging } from '../../components/paging';
import { TextFormModal } from '../../components/TextFormModal';
import { useDialog } from '../../components/useDialog';
import type { PortalMessageCategory, PortalMessageStatus, PortalMessagesQuery } from '../../gql/graphql';
import { formatDateTime } from '../../utils/datetime';
import { errorText } from '../../utils/errors';
import { enumOptions } from '../../utils/enums';
import { HIDE_PORTAL_MESSAGE, PORTAL_MESSAGES, REPLY_PORTAL_MESSAGE } from './portal-content.graphql';
import { useState } from 'react';

type Message = PortalMessagesQuery['portalMessages']['items'][number];

interface Filters {
  status?: PortalMessageStatus;
  category?: PortalMessageCategory;
  areaCode?: string;
}

const STATUS_COLOR: Record<string, string> = { PENDING: 'orange', REPLIED: 'success', HIDDEN: 'default' };

/**
 * 留言: the portal's messages of the reader's area (a town: its own; the district: every town) — 待处理 by reply
 * deadline (5 working days; overdue in red), 回复 (published on the portal's 留言板 with the message when the writer
 * allowed it), 修改答复, 屏蔽 with a reason. Every action is in the operation log.
 */
export function MessagesTab() {
  const { message } = App.useApp();
  const [filters, setFilters] = useState<Filters>({ status: 'PENDING' });
  const paging = usePaging(20);
  const { data, loading, refetch } = useQuery(PORTAL_MESSAGES, {
    variables: {
      status: filters.status ?? null,
      category: filters.category ?? null,
      areaCode: filters.areaCode ?? null,
      page: paging.page,
      pageSize: paging.pageSize,
    },
    fetchPolicy: 'cache-and-network',
  });
  const [reply] = useMutation(REPLY_PORTAL_MESSAGE);
  const [hide] = useMutation(HIDE_PORTAL_MESSAGE);
  const replyDialog = useDialog<Message>();
  const hideDialog = useDialog<Message>();
  const list = data?.portalMessages;

  const columns: TableColumnsType<Message> = [
    {
      title: '留言',
      key: 'message',
      render: (_, m) => (
        <Flex vertical gap={2}>
          <Typography.Text strong>{m.title}</Typography.Text>
          <Typography.Paragraph ellipsis={{ rows: 3, expandable: 'collapsible' }} style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>
            {m.content}
          </Typography.Paragraph>
          {m.reply && (
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, expandable: 'collapsible' }} style={{ marginBottom: 0 }}>
              答复（{m.replyUnit ?? m.repliedByName}）：{m.reply}
            </Typography.Paragraph>
          )}
          {m.hiddenReason && (
            <Typography.Text type="secondary">
              屏蔽理由：{m.hiddenReason}（{m.hiddenByName}）
            </Typography.Text>
          )}
          <Typography.Text type="secondary">
            {m.messageNo} · {formatDateTime(m.createdAt)}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: '类别', dataIndex: 'categoryName', width: 90 },
    { title: '镇街', dataIndex: 'areaName', width: 100 },
    {
      title: '留言人',
      key: 'writer',
      width: 120,
      render: (_, m) => (
        <Flex vertical>
          <span>{m.writerName}</span>
          <Typography.Text type="secondary">{m.phoneMasked}</Typography.Text>
        </Flex>
      ),
    },
    {
      title: '公开',
      key: 'public',
      width: 110,
      render: (_, m) => (
        <Flex vertical gap={2} align="start">
          <span>{m.publicWanted ? '同意公开' : '不公开'}</span>
          {m.published && <Tag color="blue">已在留言板</Tag>}
        </Flex>
      ),
    },
    {
      title: '状态',
      key: 'status',
      width: 120,
      render: (_, m) => (
        <Flex vertical gap={2} align="start">
          <Tag color={STATUS_COLOR[m.status]}>{m.statusName}</Tag>
          {m.status === 'PENDING' && (
            <Typography.Text type={m.overdue ? 'danger' : 'secondary'} strong={m.overdue}>
              {m.overdue ? `已超期（${m.dueDate}）` : `${m.dueDate} 前答复`}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 130,
      render: (_, m) =>
        m.status === 'HIDDEN' ? null : (
          <Flex gap={4}>
            <Button type="link" size="small" onClick={() => replyDialog.open(m)} aria-label={`${m.reply ? '修改答复' : '回复'}：${m.title}`}>
              {m.reply ? '修改答复' : '回复'}
            </Button>
            <Button type="link" size="small" danger onClick={() => hideDialog.open(m)} aria-label={`屏蔽：${m.title}`}>
              屏蔽
            </Button>
          </Flex>
        ),
    },
  ];

  const target = replyDialog.target;
  return (
    <>
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        群众在便民服务“留言”中提交的留言，须在 5 个工作日内答复。留言人同意公开的，可以连同答复在门户留言板公开（身份证号、手机号自动隐去，姓名脱敏）；
        含广告、辱骂等内容的可以屏蔽并说明理由。回复和屏蔽均记入操作日志。
      </Typography.Paragraph>
      <Form
        layout="inline"
        style={{ marginBottom: 16, rowGap: 8 }}
        initialValues={filters}
        onValuesChange={(_, all: Filters) => {
          setFilters({ status: all.status ?? undefined, category: all.category ?? undefined, areaCode: all.areaCode ?? undefined });
          paging.reset();
        }}
      >
        <Form.Item name="status" label="状态">
          <Select allowClear placeholder="全部" options={enumOptions('PortalMessageStatus')} style={{ width: 110 }} />
        </Form.Item>
        <Form.Item name="category" label="类别">
          <Select allowClear placeholder="全部" options={enumOptions('PortalMessageCategory')} style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="areaCode" label="镇街">
          <AreaCascader maxLevel={2} changeOnSelect={false} style={{ width: 180 }} placeholder="全部" />
        </Form.Item>
        <Form.Item>
          <ExportButton list="PORTAL_MESSAGES" filter={filters} />
        </Form.Item>
      </Form>
      <Table<Message>
        rowKey="id"
        size="middle"
        loading={loading && !data}
        dataSource={list?.items ?? []}
        columns={columns}
        pagination={paging.pagination(list?.total)}
        locale={{ emptyText: emptyText('没有符合条件的留言') }}
      />
      <FormModal<{ reply: string; publish: boolean }>
        open={replyDialog.isOpen}
        title={target ? `${target.reply ? '修改答复' : '回复留言'}：${target.title}` : ''}
        okText="提交答复"
        width={640}
        initialValues={{ reply: target?.reply ?? '', publish: target ? (target.reply ? target.published : target.publicWanted) : false }}
        onCancel={replyDialog.close}
        onSubmit={async (v) => {
          if (!target) return;
          await reply({ variables: { id: target.id, reply: v.reply.trim(), publish: !!v.publish, version: target.version }, context: SILENT });
          void message.success(v.publish ? '已答复，留言和答复已在门户留言板公开' : '已答复，留言人可凭留言编号查看');
          replyDialog.close();
          await refetch();
        }}
      >
        {target && (
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', background: '#f5f5f5', padding: 12, borderRadius: 6 }}>{target.content}</Typography.Paragraph>
        )}
        <Form.Item name="reply" label="答复内容" rules={[{ required: true, whitespace: true, message: '请填写答复内容' }]}>
          <Input.TextArea maxLength={2000} showCount autoSize={{ minRows: 4, maxRows: 10 }} placeholder="通俗易懂；不要写群众的身份证号、手机号等个人信息" />
        </Form.Item>
        <Form.Item
          name="publish"
          label="在门户留言板公开"
          valuePropName="checked"
          extra={target?.publicWanted ? '留言人同意公开；公开时身份证号、手机号自动隐去' : '留言人选择不公开，答复只有留言人能看到'}
        >
          <Switch checkedChildren="公开" unCheckedChildren="不公开" disabled={!target?.publicWanted} />
        </Form.Item>
      </FormModal>
      <TextFormModal
        open={hideDialog.isOpen}
        title={hideDialog.target ? `屏蔽留言：${hideDialog.target.title}` : ''}
        okText="屏蔽"
        name="reason"
        label="屏蔽理由（留言人查看时可见）"
        required="请填写屏蔽理由"
        maxLength={200}
        onCancel={hideDialog.close}
        onSubmit={async (reason) => {
          const m = hideDialog.target;
          if (!m) return;
          try {
            await hide({ variables: { id: m.id, reason, version: m.version }, context: SILENT });
          } catch (e) {
            void message.error(errorText(e));
            throw e;
          }
          void message.success('留言已屏蔽');
          hideDialog.close();
          await refetch();
        }}
      />
    </>
  );
}
