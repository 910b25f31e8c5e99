import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { Button, Result, Spin } from 'antd';
import { ME_QUERY } from './me.graphql';
import { CurrentUserProvider } from './CurrentUserContext';

/** Loads `me`; sends anonymous visitors to /login and remembers where they wanted to go. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const location = useLocation();
  const { data, loading, error, refetch } = useQuery(ME_QUERY);

  if (loading && !data) {
    return (
      <div style={{ height: '100vh', display: 'grid', placeItems: 'center' }}>
        <Spin size="large" />
      </div>
    );
  }
  if (error && !data) {
    return (
      <Result
        status="500"
        title="暂时无法连接服务器"
        subTitle={error.message}
        extra={
          <Button type="primary" onClick={() => void refetch()}>
            重试
          </Button>
        }
      />
    );
  }
  if (!data?.me) {
    return <Navigate to="/login" replace state={{ from: location }} />;
  }
  return <CurrentUserProvider user={data.me}>{children}</CurrentUserProvider>;
}
