import { useState } from 'react';
import { Alert, Badge, Button, Flex, Segmented, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useQuery } from '@apollo/client/react';
import { SILENT } from '../../apollo';
import { ExportButton } from '../../components/ExportButton';
import { ContentCard, PageContainer } from '../../components/PageContainer';
import { usePaging } from '../../components/paging';
import { KindTag, RelativeTime, useMarkRead, useOpenNotification, type NotificationItem } from '../../layout/NotificationDrawer';
import { MY_NOTIFICATIONS } from '../../layout/notifications.graphql';
import { errorText } from '../../utils/errors';

type Filter = 'unread' | 'all';

/** 站内消息: all of the user's notifications (未读 / 全部), each opening its page; 全部标为已读. */
export default function InboxPage() {
  const [filter, setFilter] = useState<Filter>('unread');
  const { page, pageSize, pagination, reset } = usePaging();
  const { data, loading, error } = useQuery(MY_NOTIFICATIONS, {
    variables: { unreadOnly: filter === 'unread', page, pageSize },
    fetchPolicy: 'cache-and-network',
    context: SILENT,
  });
  const { markRead, loading: marking } = useMarkRead();
  const openItem = useOpenNotification();

  const columns: TableColumnsType<NotificationItem> = [
    {
      title: '状态',
      key: 'read',
      width: 80,
      render: (_, n) => (n.readAt ? <Typography.Text type="secondary">已读</Typography.Text> : <Badge status="processing" text="未读" />),
    },
    { title: '类型', dataIndex: 'kind', width: 120, render: (kind: string) => <KindTag kind={kind} /> },
    {
      title: '消息',
      key: 'message',
      render: (_, n) => (
        <Flex vertical gap={2}>
          <Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>
          <Typography.Text type="secondary">{n.body}</Typography.Text>
        </Flex>
      ),
    },
    { title: '时间', dataIndex: 'createdAt', width: 130, render: (v: string) => <RelativeTime value={v} /> },
    {
      title: '操作',
      key: 'actions',
      width: 160,
      render: (_, n) => (
        <Space size={0}>
          {n.link && (
            <Button type="link" size="small" onClick={() => openItem(n)}>
              查看
            </Button>
          )}
          {!n.readAt && (
            <Button type="link" size="small" onClick={() => void markRead({ ids: [n.id] })}>
              标为已读
            </Button>
          )}
        </Space>
      ),
    },
  ];

  const result = data?.myNotifications;
  return (
    <PageContainer
      title="站内消息"
      extra={
        <Space>
          <ExportButton list="INBOX_NOTIFICATIONS" filter={{ unreadOnly: filter === 'unread' }} />
          <Button loading={marking} onClick={() => void markRead({ all: true })}>
            全部标为已读
          </Button>
        </Space>
      }
    >
      <ContentCard>
        <Flex vertical gap={16}>
          <Segmented<Filter>
            aria-label="消息筛选"
            value={filter}
            onChange={(v) => {
              setFilter(v);
              reset();
            }}
            options={[
              { value: 'unread', label: '未读' },
              { value: 'all', label: '全部' },
            ]}
            style={{ alignSelf: 'flex-start' }}
          />
          {error && <Alert type="error" showIcon title={errorText(error)} />}
          <Table<NotificationItem>
            rowKey="id"
            size="middle"
            loading={loading}
            columns={columns}
            dataSource={result?.items ?? []}
            pagination={pagination(result?.total)}
            locale={{ emptyText: filter === 'unread' ? '没有未读消息' : '暂无消息' }}
            scroll={{ x: 800 }}
          />
        </Flex>
      </ContentCard>
    </PageContainer>
  );
}
