import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { Badge, Button, Tooltip } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useLocation } from 'react-router-dom';
import { SILENT } from '../apollo';
import { useCurrentUser } from '../auth/CurrentUserContext';
import { UNREAD_NOTIFICATION_COUNT } from './notifications.graphql';

// The drawer (and the list it reads) loads when first opened: the header stays light (bar P7).
const NotificationDrawer = lazy(() => import('./NotificationDrawer').then((m) => ({ default: m.NotificationDrawer })));

/** Polling interval of the unread count. */
export const NOTIFICATION_POLL_MS = 60_000;
/** No polling after this long without keyboard or pointer activity: a poll must not keep an idle session alive. */
const IDLE_MS = 2 * 60_000;

let lastActivity = Date.now();
if (typeof window !== 'undefined') {
  const touch = () => {
    lastActivity = Date.now();
  };
  for (const type of ['pointerdown', 'keydown', 'wheel', 'touchstart']) window.addEventListener(type, touch, { passive: true, capture: true });
}

/** A poll is skipped while the tab is hidden or the user has been idle (session idle timeout still applies). */
const skipPollAttempt = () => (typeof document !== 'undefined' && document.hidden) || Date.now() - lastActivity > IDLE_MS;

/**
 * 站内消息 bell in the header: the unread count (polled every 60 s while the user is active, and read again on every
 * route change), and a drawer with the latest notifications.
 */
export function NotificationBell() {
  const user = useCurrentUser();
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  const [used, setUsed] = useState(false);
  const { data, refetch } = useQuery(UNREAD_NOTIFICATION_COUNT, {
    pollInterval: NOTIFICATION_POLL_MS,
    skipPollAttempt,
    skip: user.mustChangePassword,
    fetchPolicy: 'cache-and-network',
    context: SILENT,
  });

  // Read again on every route change (the first render's read is the query's own).
  const shownFor = useRef(pathname);
  useEffect(() => {
    if (shownFor.current === pathname || user.mustChangePassword) return;
    shownFor.current = pathname;
    refetch().catch(() => undefined);
  }, [pathname, refetch, user.mustChangePassword]);

  if (user.mustChangePassword) return null;
  const count = data?.unreadNotificationCount ?? 0;
  const label = count ? `站内消息，${count} 条未读` : '站内消息';
  return (
    <>
      <Tooltip title={label}>
        <Badge count={count} overflowCount={99} size="small" offset={[-4, 4]}>
          <Button
            type="text"
            aria-label={label}
            aria-haspopup="dialog"
            data-testid="notification-bell"
            icon={<BellOutlined style={{ fontSize: 18 }} />}
            onClick={() => {
              setUsed(true);
              setOpen(true);
            }}
          />
        </Badge>
      </Tooltip>
      <Suspense fallback={null}>{used && <NotificationDrawer open={open} onClose={() => setOpen(false)} />}</Suspense>
    </>
  );
}
