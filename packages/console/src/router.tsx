import { Suspense } from 'react';
import { createBrowserRouter, Outlet } from 'react-router-dom';
import { Flex, Spin } from 'antd';
import { routes, shellRoutes, type AppRoute } from './routes';
import { RequireAuth } from './auth/RequireAuth';
import { useCan } from './auth/CurrentUserContext';
import { BasicLayout } from './layout/BasicLayout';
import { Forbidden, NotFound } from './components/Forbidden';

function PageFallback() {
  return (
    <Flex justify="center" align="center" style={{ minHeight: 240 }}>
      <Spin />
    </Flex>
  );
}

/** Renders a shell route's page, or 403 when the user lacks its permission. */
function GuardedPage({ route }: { route: AppRoute }) {
  const can = useCan();
  if (!can(route.access)) return <Forbidden />;
  const Page = route.component;
  return (
    <Suspense fallback={<PageFallback />}>
      <Page />
    </Suspense>
  );
}

function PublicPage({ route }: { route: AppRoute }) {
  const Page = route.component;
  return (
    <Suspense fallback={<PageFallback />}>
      <Page />
    </Suspense>
  );
}

export const router = createBrowserRouter([
  ...routes.filter((r) => r.layout === false).map((r) => ({ path: r.path, element: <PublicPage route={r} /> })),
  {
    element: (
      <RequireAuth>
        <BasicLayout>
          <Outlet />
        </BasicLayout>
      </RequireAuth>
    ),
    children: [...shellRoutes.map((r) => ({ path: r.path, element: <GuardedPage route={r} /> })), { path: '*', element: <NotFound /> }],
  },
]);
