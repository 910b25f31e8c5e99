import { lazy, Suspense, useState, type CSSProperties } from 'react';
import { Avatar, Dropdown, Flex, Typography, type MenuProps } from 'antd';
import { DesktopOutlined, DownOutlined, KeyOutlined, LogoutOutlined, MobileOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router-dom';
import { useCurrentUser } from '../auth/CurrentUserContext';
import { LOGOUT } from './account.graphql';
import { ACCENT } from '../theme';

const TRIGGER: CSSProperties = { background: 'none', border: 0, padding: 0, font: 'inherit', cursor: 'pointer', textAlign: 'left' };

// Account panels are rarely opened: keep them (and the table/QR code they pull in) out of the first load.
const ChangePasswordModal = lazy(() => import('./ChangePasswordModal').then((m) => ({ default: m.ChangePasswordModal })));
const MfaSetupModal = lazy(() => import('./MfaSetupModal').then((m) => ({ default: m.MfaSetupModal })));
const MySessionsDrawer = lazy(() => import('./MySessionsDrawer').then((m) => ({ default: m.MySessionsDrawer })));
const MyMobileModal = lazy(() => import('../pages/sms/MyMobileModal').then((m) => ({ default: m.MyMobileModal })));

type Panel = 'password' | 'mfa' | 'sessions' | 'mobile' | null;

/** Header user block: who is signed in, plus the account menu. */
export function UserMenu() {
  const user = useCurrentUser();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout] = useMutation(LOGOUT);
  const [panel, setPanel] = useState<Panel>(null);
  const [used, setUsed] = useState<ReadonlySet<Panel>>(new Set());
  const open = (p: Panel) => {
    setPanel(p);
    setUsed((prev) => new Set(prev).add(p));
  };
  const close = () => setPanel(null);

  const items: MenuProps['items'] = [
    { key: 'password', icon: <KeyOutlined />, label: '修改密码' },
    { key: 'mfa', icon: <SafetyCertificateOutlined />, label: user.mfaEnabled ? '两步验证（已启用）' : '两步验证' },
    { key: 'sessions', icon: <DesktopOutlined />, label: '我的会话' },
    { key: 'mobile', icon: <MobileOutlined />, label: '手机号码' },
    { type: 'divider' },
    { key: 'logout', icon: <LogoutOutlined />, label: '退出登录', danger: true },
  ];

  const onClick: MenuProps['onClick'] = async ({ key }) => {
    if (key !== 'logout') {
      open(key as Panel);
      return;
    }
    await logout().catch(() => undefined);
    await client.clearStore();
    navigate('/login', { replace: true });
  };

  const subtitle = [user.roleNames.join('、'), user.areaName].filter(Boolean).join(' · ');
  return (
    <>
      <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
        {/* a real button, so the account menu opens from the keyboard too */}
        <button type="button" aria-haspopup="menu" data-testid="user-menu" style={TRIGGER}>
          <Flex align="center" gap={10} style={{ lineHeight: 1.3 }}>
            <Avatar style={{ backgroundColor: ACCENT.primary }} icon={<UserOutlined />} />
            <Flex vertical align="flex-start">
              <Typography.Text strong>{user.displayName}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {subtitle}
              </Typography.Text>
            </Flex>
            <DownOutlined style={{ fontSize: 10, color: ACCENT.muted }} />
          </Flex>
        </button>
      </Dropdown>
      <Suspense fallback={null}>
        {used.has('password') && <ChangePasswordModal open={panel === 'password'} onClose={close} />}
        {used.has('mfa') && <MfaSetupModal open={panel === 'mfa'} onClose={close} enabled={user.mfaEnabled} />}
        {used.has('sessions') && <MySessionsDrawer open={panel === 'sessions'} onClose={close} />}
        {used.has('mobile') && <MyMobileModal open={panel === 'mobile'} onClose={close} />}
      </Suspense>
    </>
  );
}
