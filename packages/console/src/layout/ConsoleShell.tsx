import { Suspense } from 'react';
import { Outlet } from 'react-router-dom';
import { useCan } from '../auth/CurrentUserContext';
import { RequireAuth } from '../auth/RequireAuth';
import { Forbidden, NotFound } from '../components/Forbidden';
import { PageFallback } from '../components/PageFallback';
import type { AppRoute } from '../routes';
import { BasicLayout } from './BasicLayout';

/**
 * The signed-in console: `me`, the side menu, the header and the account panels. Its own chunk, loaded by
 * router.tsx when a console page is opened, so the login page does not download it (bar P7, docs/benchmarks.md).
 */
export default function ConsoleShell() {
  return (
    <RequireAuth>
      <BasicLayout>
        {/* router.tsx loads GuardedPage lazily too (from this chunk): its first render waits here, not on the shell. */}
        <Suspense fallback={<PageFallback />}>
          <Outlet />
        </Suspense>
      </BasicLayout>
    </RequireAuth>
  );
}

/** Renders a shell route's page, or 403 when the user lacks its permission. */
export function GuardedPage({ route }: { route: AppRoute }) {
  const can = useCan();
  if (!can(route.access)) return <Forbidden />;
  const Page = route.component;
  return (
    <Suspense fallback={<PageFallback />}>
      <Page />
    </Suspense>
  );
}

export { NotFound };
