import { App, Button, Dropdown, Form, Input, Space, Table, Tag, Typography, type MenuProps, type TableColumnsType } from 'antd';
import { CheckCircleFilled, DownOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { SILENT } from '../../apollo';
import { useCan } from '../../auth/CurrentUserContext';
import { AreaCascader } from '../../components/AreaCascader';
import { ContentCard, PageContainer } from '../../components/PageContainer';
import { RoleSelect, useRoles } from '../../components/RoleSelect';
import { SearchBar } from '../../components/SearchBar';
import { ExportButton } from '../../components/ExportButton';
import { useFilters } from '../../components/paging';
import { useDialog } from '../../components/useDialog';
import type { InformantKind, UserFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../utils/datetime';
import { AdminChangeRequests } from './AdminChangeRequests';
import { CreateUserModal, type CreateUserValues } from './CreateUserModal';
import { EditUserModal, type EditUserValues } from './EditUserModal';
import { SET_USER_MOBILE } from '../sms/mobile.graphql';
import { ResetPasswordModal } from './ResetPasswordModal';
import { UserRolesModal } from './UserRolesModal';
import { UserSessionsDrawer } from './UserSessionsDrawer';
import { isLocked, UserStatus } from './UserStatus';
import {
  ADMIN_CHANGE_REQUESTS,
  CREATE_USER,
  REQUEST_ADMIN_CHANGE,
  RESET_USER_MFA,
  RESET_USER_PASSWORD,
  SET_USER_ROLES,
  UNLOCK_USER,
  UPDATE_USER,
  USERS,
} from './users.graphql';
import { ACCENT } from '../../theme';

type User = UserFieldsFragment;
interface Filters {
  keyword?: string;
  areaCode?: string;
  role?: string;
}

export default function UsersPage() {
  const can = useCan();
  const canManage = can('USER_MANAGE');
  const canSecure = can('USER_SECURITY');
  const { message, modal } = App.useApp();
  const { filters, setFilters, page, pageSize, pagination } = useFilters<Filters>({});
  const { data, loading, refetch } = useQuery(USERS, {
    variables: { ...filters, page, pageSize },
    fetchPolicy: 'cache-and-network',
  });

  const createDialog = useDialog();
  const editDialog = useDialog<User>();
  const rolesDialog = useDialog<User>();
  const resetDialog = useDialog<User>();
  const sessionsDialog = useDialog<User>();

  const [createUser] = useMutation(CREATE_USER);
  const [updateUser] = useMutation(UPDATE_USER);
  const [setUserMobile] = useMutation(SET_USER_MOBILE);
  const [setRoles] = useMutation(SET_USER_ROLES);
  const [unlock] = useMutation(UNLOCK_USER);
  const [resetPassword] = useMutation(RESET_USER_PASSWORD);
  const [resetMfa] = useMutation(RESET_USER_MFA);
  const [requestChange] = useMutation(REQUEST_ADMIN_CHANGE, { refetchQueries: [ADMIN_CHANGE_REQUESTS] });

  // 双人复核: changes concerning an administrator become a request another administrator role confirms.
  const { roles: catalogue } = useRoles();
  const adminRoles = new Set<string>(catalogue.filter((r) => r.admin).map((r) => r.code));
  const isAdmin = (roles: readonly string[]) => roles.some((r) => adminRoles.has(r));
  const requested = () => message.success('已提交申请，须由另一类管理员（系统管理员或审计管理员）确认后生效');

  const onCreate = async (v: CreateUserValues) => {
    await createUser({
      variables: { input: { ...v, username: v.username.trim(), displayName: v.displayName.trim(), departmentId: v.departmentId ?? null } },
      context: SILENT,
    });
    message.success(`用户 ${v.username} 已创建`);
    createDialog.close();
    await refetch();
  };

  const onEdit = async (v: EditUserValues) => {
    const user = editDialog.target!;
    await updateUser({
      variables: {
        id: user.id,
        input: {
          displayName: v.displayName.trim(),
          areaCode: v.areaCode,
          departmentId: v.departmentId ?? null,
          disabled: v.disabled,
          informantKind: user.roles.includes('INFORMANT') ? (v.informantKind ?? null) : null,
        },
      },
      context: SILENT,
    });
    if (v.mobile?.trim()) await setUserMobile({ variables: { userId: user.id, mobile: v.mobile.trim() }, context: SILENT });
    message.success('用户信息已保存');
    editDialog.close();
  };

  const onRoles = async (roles: string[], informantKind: InformantKind | null) => {
    const user = rolesDialog.target!;
    if (isAdmin(user.roles) || isAdmin(roles)) {
      await requestChange({ variables: { input: { userId: user.id, kind: 'ROLES_SET', roles } }, context: SILENT });
      requested();
    } else {
      await setRoles({ variables: { id: user.id, roles, informantKind }, context: SILENT });
      message.success('角色已更新');
    }
    rolesDialog.close();
  };

  const onReset = async (newPassword: string) => {
    const user = resetDialog.target!;
    if (isAdmin(user.roles)) {
      await requestChange({ variables: { input: { userId: user.id, kind: 'PASSWORD_RESET', newPassword } }, context: SILENT });
      requested();
    } else {
      await resetPassword({ variables: { id: user.id, newPassword }, context: SILENT });
      message.success('密码已重置');
    }
    resetDialog.close();
  };

  const confirmMfaReset = (user: User) =>
    modal.confirm({
      title: `重置 ${user.displayName}（${user.username}）的两步验证？`,
      content: isAdmin(user.roles)
        ? '管理员账号：提交申请后，须由另一类管理员确认才生效；生效后该管理员下次登录须重新绑定身份验证器。'
        : '适用于更换或丢失手机。重置后该用户的全部会话结束，下次登录可重新启用两步验证。',
      okText: isAdmin(user.roles) ? '提交申请' : '重置',
      onOk: async () => {
        if (isAdmin(user.roles)) {
          await requestChange({ variables: { input: { userId: user.id, kind: 'MFA_RESET' } } });
          requested();
        } else {
          await resetMfa({ variables: { id: user.id } });
          message.success('两步验证已重置');
        }
      },
    });

  const confirmUnlock = (user: User) =>
    modal.confirm({
      title: `解锁用户 ${user.displayName}（${user.username}）？`,
      content: '解锁后该用户可立即重新尝试登录。',
      okText: '解锁',
      onOk: async () => {
        await unlock({ variables: { id: user.id } });
        message.success('已解锁');
      },
    });

  const securityMenu = (user: User): MenuProps => ({
    items: [
      { key: 'roles', label: '分配角色' },
      { key: 'unlock', label: '解锁', disabled: !isLocked(user) },
      { key: 'reset', label: '重置密码' },
      { key: 'mfa', label: '重置两步验证', disabled: !user.mfaEnabled && !isAdmin(user.roles) },
      { key: 'sessions', label: '查看会话' },
    ],
    onClick: ({ key }) => {
      if (key === 'roles') rolesDialog.open(user);
      if (key === 'unlock') confirmUnlock(user);
      if (key === 'reset') resetDialog.open(user);
      if (key === 'mfa') confirmMfaReset(user);
      if (key === 'sessions') sessionsDialog.open(user);
    },
  });

  const columns: TableColumnsType<User> = [
    { title: '用户名', dataIndex: 'username', width: 110, ellipsis: true },
    { title: '姓名', dataIndex: 'displayName', width: 100, ellipsis: true },
    {
      title: '角色',
      dataIndex: 'roleNames',
      render: (names: string[], u) => (
        <Space size={[0, 4]} wrap>
          {names.map((n) => (
            <Tag key={n} color="blue">
              {n}
            </Tag>
          ))}
          {u.informantKindName && <Tag>{u.informantKindName}</Tag>}
        </Space>
      ),
    },
    { title: '所属区划', dataIndex: 'areaName', width: 120, ellipsis: true, render: (v: string | null, u) => v ?? u.areaCode },
    { title: '所属部门', dataIndex: 'departmentName', width: 110, ellipsis: true, render: (v?: string | null) => v ?? '—' },
    { title: '状态', key: 'status', width: 140, render: (_, u) => <UserStatus user={u} /> },
    {
      title: '两步验证',
      dataIndex: 'mfaEnabled',
      width: 80,
      align: 'center',
      render: (on: boolean) =>
        on ? (
          <CheckCircleFilled style={{ color: ACCENT.success }} aria-label="已启用" />
        ) : (
          <MinusCircleOutlined style={{ color: ACCENT.muted }} aria-label="未启用" />
        ),
    },
    {
      title: '最近登录',
      dataIndex: 'lastLoginAt',
      width: 160,
      className: 'nowrap',
      render: (v?: string | null) => (v ? formatDateTime(v) : <Typography.Text type="secondary">从未登录</Typography.Text>),
    },
  ];
  if (canManage || canSecure) {
    columns.push({
      title: '操作',
      key: 'actions',
      width: canManage && canSecure ? 130 : 80,
      render: (_, u) => (
        <Space size={0}>
          {canManage && (
            <Button type="link" size="small" onClick={() => editDialog.open(u)}>
              编辑
            </Button>
          )}
          {canSecure && (
            <Dropdown menu={securityMenu(u)} trigger={['click']}>
              <Button type="link" size="small">
                安全 <DownOutlined style={{ fontSize: 10 }} />
              </Button>
            </Dropdown>
          )}
        </Space>
      ),
    });
  }

  return (
    <PageContainer
      title="用户管理"
      extra={
        canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => createDialog.open()}>
            新增用户
          </Button>
        )
      }
    >
      {can('ADMIN_CHANGE_REVIEW') && <AdminChangeRequests />}
      <ContentCard>
        <SearchBar<Filters> onSearch={setFilters} extra={<ExportButton list="USERS" filter={filters} />}>
          <Form.Item name="keyword" label="关键字">
            <Input placeholder="用户名或姓名" allowClear style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="areaCode" label="区划">
            <AreaCascader style={{ width: 220 }} placeholder="全部区划" />
          </Form.Item>
          <Form.Item name="role" label="角色">
            <RoleSelect includeAdmin placeholder="全部角色" style={{ width: 160 }} />
          </Form.Item>
        </SearchBar>
        <Table<User> rowKey="id" loading={loading} dataSource={data?.users.items ?? []} pagination={pagination(data?.users.total)} columns={columns} />
      </ContentCard>

      <CreateUserModal open={createDialog.isOpen} onCancel={createDialog.close} onSubmit={onCreate} />
      <EditUserModal open={editDialog.isOpen} user={editDialog.target} onCancel={editDialog.close} onSubmit={onEdit} />
      <UserRolesModal open={rolesDialog.isOpen} user={rolesDialog.target} onCancel={rolesDialog.close} onSubmit={onRoles} />
      <ResetPasswordModal
        open={resetDialog.isOpen}
        user={resetDialog.target}
        needsConfirmation={!!resetDialog.target && isAdmin(resetDialog.target.roles)}
        onCancel={resetDialog.close}
        onSubmit={onReset}
      />
      <UserSessionsDrawer open={sessionsDialog.isOpen} user={sessionsDialog.target} onClose={sessionsDialog.close} />
    </PageContainer>
  );
}
