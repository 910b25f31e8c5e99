import type { ReactNode } from 'react';
import { router } from '../router';

/**
 * A link to a console page inside an antd message or notification. antd renders those outside the
 * router (App.tsx: `<AntApp>` wraps `<RouterProvider>`), where react-router's `<Link>` throws and the
 * page goes blank; this anchor navigates through the router object instead (no reload).
 */
export function LinkOutsideRouter({ to, children }: { to: string; children: ReactNode }) {
  return (
    <a
      href={to}
      onClick={(e) => {
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return; // new tab/window: let the browser open it
        e.preventDefault();
        void router.navigate(to);
      }}
    >
      {children}
    </a>
  );
}
