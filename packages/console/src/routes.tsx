import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import {
  ApartmentOutlined,
  ApiOutlined,
  AppstoreOutlined,
  AuditOutlined,
  BankOutlined,
  ContactsOutlined,
  DashboardOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { Permission } from './access';

/** One row of the console's single routes table (Ant Design Pro style). */
export interface AppRoute {
  path: string;
  /** Menu label and page title. */
  name: string;
  icon?: ReactNode;
  /** Required permission; `undefined` = any signed-in user. */
  access?: Permission;
  /** Route-level code splitting: every page is its own chunk. */
  component: LazyExoticComponent<ComponentType>;
  /** `false` = outside the console shell and reachable without signing in. */
  layout?: false;
  hideInMenu?: boolean;
}

export const routes: AppRoute[] = [
  {
    path: '/login',
    name: '登录',
    layout: false,
    hideInMenu: true,
    component: lazy(() => import('./pages/login/LoginPage')),
  },
  {
    path: '/',
    name: '工作台',
    icon: <DashboardOutlined />,
    component: lazy(() => import('./pages/dashboard/DashboardPage')),
  },
  {
    path: '/ledger',
    name: '户籍台账',
    icon: <ContactsOutlined />,
    access: 'household.read',
    component: lazy(() => import('./pages/ledger/LedgerListPage')),
  },
  {
    path: '/programs',
    name: '事项目录',
    icon: <AppstoreOutlined />,
    component: lazy(() => import('./pages/programs/ProgramsPage')),
  },
  {
    path: '/ledger/new',
    name: '一表登记',
    access: 'household.write',
    hideInMenu: true,
    component: lazy(() => import('./pages/ledger/HouseholdCreatePage')),
  },
  {
    path: '/ledger/:id',
    name: '家庭详情',
    access: 'household.read',
    hideInMenu: true,
    component: lazy(() => import('./pages/ledger/HouseholdDetailPage')),
  },
  {
    path: '/areas',
    name: '区划管理',
    icon: <ApartmentOutlined />,
    access: 'area.read',
    component: lazy(() => import('./pages/areas/AreasPage')),
  },
  {
    path: '/departments',
    name: '部门管理',
    icon: <BankOutlined />,
    access: 'department.read',
    component: lazy(() => import('./pages/departments/DepartmentsPage')),
  },
  {
    path: '/users',
    name: '用户管理',
    icon: <TeamOutlined />,
    access: 'user.read',
    component: lazy(() => import('./pages/users/UsersPage')),
  },
  {
    path: '/api-tokens',
    name: '接口令牌',
    icon: <ApiOutlined />,
    access: 'apiToken.manage',
    component: lazy(() => import('./pages/api-tokens/ApiTokensPage')),
  },
  {
    path: '/audit',
    name: '操作日志',
    icon: <AuditOutlined />,
    access: 'audit.read',
    component: lazy(() => import('./pages/audit/AuditPage')),
  },
];

export const shellRoutes = routes.filter((r) => r.layout !== false);
