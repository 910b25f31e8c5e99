import { useMemo, useState, type ReactNode } from 'react';
import { Button, Flex, Grid, Layout, Menu, Typography, theme } from 'antd';
import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { matchPath, useLocation, useNavigate } from 'react-router-dom';
import { shellRoutes } from '../routes';
import { useCan, useCurrentUser } from '../auth/CurrentUserContext';
import { PasswordChangeRequired } from './PasswordChangeRequired';
import { SecurityNotices } from './SecurityNotices';
import { NotificationBell } from './NotificationBell';
import { UserMenu } from './UserMenu';
import logo from './logo.svg';

export const SYSTEM_NAME = '协救 · 社会救助协同平台';

/** Console shell: side menu of the routes this user may open, header with the account. */
export function BasicLayout({ children }: { children: ReactNode }) {
  const can = useCan();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { token } = theme.useToken();
  // Phones (informants report from the field): the menu starts hidden and opens over the page.
  const narrow = !Grid.useBreakpoint().md;
  const [collapsedWide, setCollapsed] = useState(false);
  const [menuOpenNarrow, setMenuOpenNarrow] = useState(false);
  const collapsed = narrow ? !menuOpenNarrow : collapsedWide;
  const toggle = () => (narrow ? setMenuOpenNarrow(!menuOpenNarrow) : setCollapsed(!collapsedWide));

  const menuItems = useMemo(() => shellRoutes.filter((r) => !r.hideInMenu && can(r.access)).map((r) => ({ key: r.path, icon: r.icon, label: r.name })), [can]);
  // The most specific menu entry of the page: /sms/templates is 短信模板, not 短信记录 (/sms).
  const selected = shellRoutes.filter((r) => matchPath({ path: r.path, end: r.path === '/' }, pathname)).sort((a, b) => b.path.length - a.path.length)[0];

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        width={208}
        collapsedWidth={narrow ? 0 : 64}
        collapsed={collapsed}
        trigger={null}
        style={
          narrow
            ? { position: 'fixed', insetInlineStart: 0, top: 0, height: '100vh', overflow: 'auto', zIndex: 20 }
            : { position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }
        }
      >
        <Flex align="center" gap={10} style={{ height: 56, padding: collapsed ? '0 20px' : '0 20px', overflow: 'hidden' }}>
          <img src={logo} alt="" width={26} height={26} />
          {!collapsed && (
            <Typography.Text strong style={{ color: '#fff', fontSize: 18, whiteSpace: 'nowrap' }}>
              协救
            </Typography.Text>
          )}
        </Flex>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={selected ? [selected.path] : []}
          items={menuItems}
          onClick={({ key }) => {
            navigate(key);
            setMenuOpenNarrow(false);
          }}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            position: 'sticky',
            top: 0,
            zIndex: 10,
            height: 56,
            lineHeight: '56px',
            padding: narrow ? '0 12px 0 4px' : '0 24px 0 12px',
            background: token.colorBgContainer,
            boxShadow: '0 1px 4px rgba(0, 21, 41, 0.08)',
          }}
        >
          <Flex justify="space-between" align="center" style={{ height: '100%' }}>
            <Flex align="center" gap={12}>
              <Button
                type="text"
                aria-label={collapsed ? '展开菜单' : '收起菜单'}
                aria-expanded={!collapsed}
                icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
                onClick={toggle}
                style={{ fontSize: 16, minWidth: 44, minHeight: 44 }}
              />
              <Typography.Text strong style={{ fontSize: 16 }}>
                {narrow ? '协救' : SYSTEM_NAME}
              </Typography.Text>
            </Flex>
            <Flex align="center" gap={16}>
              <NotificationBell />
              <UserMenu />
            </Flex>
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: narrow ? 12 : 24 }}>
          <SecurityNotices />
          {user.mustChangePassword ? <PasswordChangeRequired /> : children}
        </Layout.Content>
        <Layout.Footer style={{ textAlign: 'center', color: token.colorTextTertiary, padding: '12px 24px' }}>协救 · 一门受理 · 协同办理</Layout.Footer>
      </Layout>
    </Layout>
  );
}
