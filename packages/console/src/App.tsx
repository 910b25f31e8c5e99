import { useEffect, useMemo } from 'react';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { ApolloProvider } from '@apollo/client/react';
import { RouterProvider } from 'react-router-dom';
import { createApolloClient, setApolloUiHandlers } from './apollo';
import { router } from './router';
import { consoleTheme } from './theme';
import { ME_QUERY } from './auth/me.graphql';
import './utils/datetime';

/** Connects Apollo's global error handling to antd `message` and the router. */
function ErrorBridge({ client }: { client: ReturnType<typeof createApolloClient> }) {
  const { message } = AntApp.useApp();
  useEffect(() => {
    setApolloUiHandlers({
      onError: (text) => void message.error({ content: text, key: text }),
      // `me.mustChangePassword` then turns every page into the change-password screen
      onPasswordExpired: () => {
        if (router.state.location.pathname !== '/login') void client.refetchQueries({ include: [ME_QUERY] });
      },
      onUnauthenticated: (text) => {
        if (router.state.location.pathname === '/login') return;
        void message.warning({ content: text || '登录已失效，请重新登录', key: 'unauthenticated' });
        const from = router.state.location;
        void client.clearStore().finally(() => router.navigate('/login', { replace: true, state: { from } }));
      },
    });
  }, [message, client]);
  return null;
}

export function App() {
  const client = useMemo(() => createApolloClient(), []);
  return (
    <ConfigProvider locale={zhCN} theme={consoleTheme} button={{ autoInsertSpace: false }}>
      <AntApp>
        <ApolloProvider client={client}>
          <ErrorBridge client={client} />
          <RouterProvider router={router} />
        </ApolloProvider>
      </AntApp>
    </ConfigProvider>
  );
}
