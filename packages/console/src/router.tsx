import { lazy, Suspense } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import { routes, shellRoutes, type AppRoute } from './routes';
import { FullPageFallback, PageFallback } from './components/PageFallback';

// The console shell (me, menu, header, 403/404) is a chunk of its own: the login page loads without it.
const ConsoleShell = lazy(() => import('./layout/ConsoleShell'));
const GuardedPage = lazy(() => import('./layout/ConsoleShell').then((m) => ({ default: m.GuardedPage })));
const NotFound = lazy(() => import('./layout/ConsoleShell').then((m) => ({ default: m.NotFound })));

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
      <Suspense fallback={<FullPageFallback />}>
        <ConsoleShell />
      </Suspense>
    ),
    children: [...shellRoutes.map((r) => ({ path: r.path, element: <GuardedPage route={r} /> })), { path: '*', element: <NotFound /> }],
  },
]);
