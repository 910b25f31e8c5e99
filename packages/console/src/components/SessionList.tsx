import { App, Button, Popconfirm, Table, Tag, Tooltip, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import type { SessionFieldsFragment } from '../gql/graphql';
import { formatDateTime } from '../utils/datetime';
import { REVOKE_SESSION } from './sessions.graphql';

/** Sessions of one account with a 撤销 action (own sessions, or another user's for 安全管理员). */
export function SessionList(props: { sessions: readonly SessionFieldsFragment[]; loading?: boolean; onRevoked: () => void }) {
  const { message } = App.useApp();
  const [revoke] = useMutation(REVOKE_SESSION);

  const doRevoke = async (id: string) => {
    await revoke({ variables: { id } });
    message.success('会话已撤销');
    props.onRevoked();
  };

  return (
    <Table<SessionFieldsFragment>
      rowKey="id"
      size="small"
      loading={props.loading}
      dataSource={[...props.sessions]}
      pagination={false}
      columns={[
        {
          title: '登录时间',
          dataIndex: 'createdAt',
          width: 160,
          render: (v: string, s) => (
            <>
              {formatDateTime(v)} {s.current && <Tag color="blue">当前</Tag>}
            </>
          ),
        },
        { title: '最近活动', dataIndex: 'lastSeenAt', width: 160, render: formatDateTime },
        { title: 'IP 地址', dataIndex: 'ip', width: 120, render: (v?: string | null) => v ?? '—' },
        {
          title: '浏览器',
          dataIndex: 'userAgent',
          ellipsis: { showTitle: false },
          render: (v?: string | null) => (
            <Tooltip title={v}>
              <Typography.Text type="secondary">{v ? shortAgent(v) : '—'}</Typography.Text>
            </Tooltip>
          ),
        },
        {
          title: '操作',
          width: 72,
          render: (_, s) =>
            s.current ? (
              <Typography.Text type="secondary">—</Typography.Text>
            ) : (
              <Popconfirm title="撤销后该会话须重新登录，确定撤销？" onConfirm={() => doRevoke(s.id).catch(() => undefined)}>
                <Button type="link" size="small" danger>
                  撤销
                </Button>
              </Popconfirm>
            ),
        },
      ]}
    />
  );
}

function shortAgent(ua: string): string {
  const browser = /(Edg|Chrome|Firefox|Safari)\/[\d.]+/.exec(ua)?.[0] ?? ua.slice(0, 40);
  const os = /(Windows NT [\d.]+|Mac OS X [\d_]+|Android [\d.]+|Linux|iPhone OS [\d_]+)/.exec(ua)?.[0];
  return os ? `${browser} · ${os}` : browser;
}
