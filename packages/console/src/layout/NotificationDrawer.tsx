import { useCallback } from 'react';
import { Alert, App, Badge, Button, Drawer, Empty, Flex, Spin, Tag, Tooltip, Typography } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router-dom';
import relativeTime from 'dayjs/plugin/relativeTime';
import { SILENT } from '../apollo';
import type { NotificationFieldsFragment } from '../gql/graphql';
import { dayjs, DISPLAY_TZ, formatDateTime } from '../utils/datetime';
import { enumLabel } from '../utils/enums';
import { errorText } from '../utils/errors';
import { MARK_NOTIFICATIONS_READ, MY_NOTIFICATIONS, UNREAD_NOTIFICATION_COUNT } from './notifications.graphql';

dayjs.extend(relativeTime);

export type NotificationItem = NotificationFieldsFragment;

/** How many the drawer shows; the rest are on /inbox. */
const LATEST = 10;

/** Tag colours of the kinds (the names come from the schema's enum descriptions). */
export const KIND_COLORS: Record<string, string> = {
  NEW_REFERRAL: 'blue',
  SUPPLEMENT_PROVIDED: 'cyan',
  SUPPLEMENT_REQUESTED: 'gold',
  WARNING: 'orange',
  OVERDUE: 'red',
  SUPERVISED: 'volcano',
  DECIDED: 'green',
  RETURNED: 'magenta',
  PUBLICITY_OBJECTION: 'purple',
  FINDINGS: 'geekblue',
  REVIEW_DUE: 'lime',
  CONSULTATION_TASK: 'blue',
  CONSULTATION_TASK_WARNING: 'orange',
  CONSULTATION_TASK_OVERDUE: 'red',
  CONSULTATION_EXTENSION: 'gold',
};

export function KindTag({ kind }: { kind: string }) {
  return (
    <Tag color={KIND_COLORS[kind]} style={{ marginInlineEnd: 0 }}>
      {enumLabel('NotificationKind', kind)}
    </Tag>
  );
}

/** 3 分钟前, with the exact time in a tooltip. */
export function RelativeTime({ value }: { value: string }) {
  return (
    <Tooltip title={formatDateTime(value)}>
      <time dateTime={value}>{dayjs(value).tz(DISPLAY_TZ).fromNow()}</time>
    </Tooltip>
  );
}

/** Marks notifications read (the count and the lists are read again) — `all` or the given ids. */
export function useMarkRead() {
  const { message } = App.useApp();
  const [mark, state] = useMutation(MARK_NOTIFICATIONS_READ, {
    context: SILENT,
    refetchQueries: [UNREAD_NOTIFICATION_COUNT, MY_NOTIFICATIONS],
  });
  const markRead = useCallback(
    async (vars: { ids?: string[]; all?: boolean }) => {
      try {
        await mark({ variables: vars });
        return true;
      } catch (e) {
        message.error(errorText(e));
        return false;
      }
    },
    [mark, message],
  );
  return { markRead, loading: state.loading };
}

/** Opening a notification: mark it read (when unread), then go to its page. */
export function useOpenNotification(after?: () => void) {
  const navigate = useNavigate();
  const { markRead } = useMarkRead();
  return useCallback(
    (n: NotificationItem) => {
      if (!n.readAt) void markRead({ ids: [n.id] });
      after?.();
      if (n.link) navigate(n.link);
    },
    [markRead, navigate, after],
  );
}

const ITEM_STYLE = { width: '100%', textAlign: 'left', background: 'none', border: 0, padding: '12px 4px', cursor: 'pointer', font: 'inherit' } as const;

/** The bell's drawer: the latest notifications, 全部标为已读, 查看全部 (/inbox). */
export function NotificationDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(MY_NOTIFICATIONS, {
    variables: { page: 1, pageSize: LATEST },
    skip: !open,
    fetchPolicy: 'network-only',
    context: SILENT,
  });
  const { markRead, loading: marking } = useMarkRead();
  const openItem = useOpenNotification(onClose);
  const items = data?.myNotifications.items ?? [];
  const anyUnread = items.some((n) => !n.readAt);

  return (
    <Drawer
      title="站内消息"
      open={open}
      onClose={onClose}
      size={400}
      extra={
        <Button size="small" loading={marking} disabled={!anyUnread} onClick={() => void markRead({ all: true })}>
          全部标为已读
        </Button>
      }
      footer={
        <Flex justify="center">
          <Button
            type="link"
            onClick={() => {
              onClose();
              navigate('/inbox');
            }}
          >
            查看全部
          </Button>
        </Flex>
      }
    >
      {error ? (
        <Alert type="error" showIcon title={errorText(error)} />
      ) : loading && !data ? (
        <Flex justify="center" style={{ padding: 40 }}>
          <Spin />
        </Flex>
      ) : items.length === 0 ? (
        <Empty description="暂无消息" image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <ul aria-label="最新消息" style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="notification-list">
          {items.map((n) => (
            <li key={n.id} style={{ borderBottom: '1px solid rgba(5, 5, 5, 0.06)' }}>
              <button type="button" style={ITEM_STYLE} onClick={() => openItem(n)} aria-label={`${n.readAt ? '' : '未读：'}${n.title}`}>
                <Flex gap={10} align="flex-start">
                  <Badge status={n.readAt ? 'default' : 'processing'} style={{ visibility: n.readAt ? 'hidden' : 'visible', marginTop: 6 }} />
                  <Flex vertical gap={4} style={{ minWidth: 0, flex: 1 }}>
                    <Flex justify="space-between" gap={8} align="center">
                      <Typography.Text strong={!n.readAt} ellipsis style={{ flex: 1 }}>
                        {n.title}
                      </Typography.Text>
                      <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
                        <RelativeTime value={n.createdAt} />
                      </Typography.Text>
                    </Flex>
                    <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: 0, fontSize: 13 }}>
                      {n.body}
                    </Typography.Paragraph>
                    <div>
                      <KindTag kind={n.kind} />
                    </div>
                  </Flex>
                </Flex>
              </button>
            </li>
          ))}
        </ul>
      )}
    </Drawer>
  );
}
