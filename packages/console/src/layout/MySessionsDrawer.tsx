import { Drawer } from 'antd';
import { useQuery } from '@apollo/client/react';
import { SessionList } from '../components/SessionList';
import { MY_SESSIONS } from './account.graphql';

export function MySessionsDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { data, loading, refetch } = useQuery(MY_SESSIONS, { skip: !open, fetchPolicy: 'network-only' });
  return (
    <Drawer title="我的会话" open={open} onClose={onClose} size={760} destroyOnHidden>
      <SessionList sessions={data?.mySessions ?? []} loading={loading} onRevoked={() => void refetch()} />
    </Drawer>
  );
}
