import { Drawer } from 'antd';
import { useQuery } from '@apollo/client/react';
import { SessionList } from '../../components/SessionList';
import type { UserFieldsFragment } from '../../gql/graphql';
import { USER_SESSIONS } from './users.graphql';

export function UserSessionsDrawer({ open, user, onClose }: { open: boolean; user?: UserFieldsFragment; onClose: () => void }) {
  const { data, loading, refetch } = useQuery(USER_SESSIONS, {
    skip: !open || !user,
    variables: { userId: user?.id ?? '' },
    fetchPolicy: 'network-only',
  });
  return (
    <Drawer title={user ? `会话：${user.displayName}（${user.username}）` : '会话'} open={open} onClose={onClose} size={760} destroyOnHidden>
      <SessionList sessions={data?.userSessions ?? []} loading={loading} onRevoked={() => void refetch()} />
    </Drawer>
  );
}
