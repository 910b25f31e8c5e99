import { Card, Col, Empty, Flex, Row, Skeleton, Tag, Typography } from 'antd';
import { CheckCircleFilled, ExclamationCircleFilled, ReloadOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { SILENT } from '../../apollo';
import { useCan, useCurrentUser } from '../../auth/CurrentUserContext';
import { useRoleCatalogue } from '../../components/RoleSelect';
import { PageContainer } from '../../components/PageContainer';
import { AdminChangeRequests } from '../users/AdminChangeRequests';
import { shellRoutes } from '../../routes';
import { errorText } from '../../utils/errors';
import { MY_TODOS } from './dashboard.graphql';
import { todoTiles, type TodoTile } from './todos';
import styles from './dashboard.module.css';

function TodoLink({ tile }: { tile: TodoTile }) {
  const body = (
    <>
      <span className={styles.todoLabel}>{tile.label}</span>
      <span className={styles.todoCount} style={{ color: tile.count ? tile.color : undefined }}>
        {tile.count}
        <span className={styles.todoUnit}>件</span>
      </span>
      <span className={styles.todoHint}>{tile.hint}</span>
    </>
  );
  // `#…` is a section of this page (the admin-change requests below); the rest are console routes.
  return tile.to.startsWith('#') ? (
    <a href={tile.to} className={styles.todo} data-testid={`todo-${tile.key}`}>
      {body}
    </a>
  ) : (
    <Link to={tile.to} className={styles.todo} data-testid={`todo-${tile.key}`}>
      {body}
    </Link>
  );
}

/**
 * 工作台: what waits for the user — one tile per queue it may work on (待签收, 预警, 超期, 待确认线索,
 * 待复核), each opening the filtered list — then the administrator changes to confirm, shortcuts and
 * the account's permissions. The counts come from one query (`myTodos`), in the user's scope.
 */
export default function DashboardPage() {
  const user = useCurrentUser();
  const can = useCan();
  const { permissionName } = useRoleCatalogue();
  const todos = useQuery(MY_TODOS, { fetchPolicy: 'cache-and-network', context: SILENT });
  const permissions = user.permissions.map((code) => ({ code, name: permissionName(code) }));
  const links = shellRoutes.filter((r) => r.path !== '/' && !r.hideInMenu && can(r.access));
  const tiles = todos.data ? todoTiles(todos.data.myTodos, can('REFERRAL_HANDLE') && !!user.departmentId) : [];

  return (
    <PageContainer
      title="工作台"
      extra={
        <Flex gap={8} align="center" wrap data-testid="account-summary">
          <Typography.Text>
            {user.displayName}（{user.username}）
          </Typography.Text>
          {user.roleNames.map((n) => (
            <Tag key={n} color="blue" style={{ marginInlineEnd: 0 }}>
              {n}
            </Tag>
          ))}
          <Typography.Text type="secondary">
            {user.areaName ?? user.areaCode}
            {user.departmentName ? ` · ${user.departmentName}` : ''}
          </Typography.Text>
          {user.mfaEnabled ? (
            <Typography.Text type="success">
              <CheckCircleFilled /> 两步验证已启用
            </Typography.Text>
          ) : (
            <Typography.Text type="warning">
              <ExclamationCircleFilled /> 两步验证未启用
            </Typography.Text>
          )}
        </Flex>
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Card
            title="我的待办"
            variant="borderless"
            style={{ height: '100%' }}
            extra={
              <Typography.Link onClick={() => void todos.refetch()} aria-label="刷新待办数">
                <ReloadOutlined /> 刷新
              </Typography.Link>
            }
          >
            {todos.error ? (
              <Typography.Text type="danger">待办数暂时无法加载：{errorText(todos.error)}</Typography.Text>
            ) : !todos.data ? (
              <Skeleton active paragraph={{ rows: 2 }} title={false} />
            ) : tiles.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="当前账号没有需要办理的待办事项" />
            ) : (
              <nav aria-label="我的待办" className={styles.todos} data-testid="my-todos">
                {tiles.map((t) => (
                  <TodoLink key={t.key} tile={t} />
                ))}
              </nav>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={9}>
          <Card title="快捷入口" variant="borderless" style={{ height: '100%' }} styles={{ body: { padding: 12 } }}>
            {links.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无可用的管理功能" />
            ) : (
              <div className={styles.links}>
                {links.map((r) => (
                  <Link key={r.path} to={r.path} className={styles.link}>
                    <span className={styles.icon}>{r.icon}</span>
                    <span className={styles.label}>{r.name}</span>
                    <RightOutlined className={styles.arrow} />
                  </Link>
                ))}
              </div>
            )}
          </Card>
        </Col>
      </Row>
      {can('ADMIN_CHANGE_REVIEW') && (
        <div id="admin-changes">
          <AdminChangeRequests hideWhenEmpty />
        </div>
      )}
      <Card title="我的权限" variant="borderless" extra={<Typography.Text type="secondary">共 {permissions.length} 项</Typography.Text>}>
        {permissions.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无权限" />
        ) : (
          <Flex wrap gap={8} data-testid="my-permissions">
            {permissions.map((p) => (
              <Tag key={p.code} title={p.code} style={{ marginInlineEnd: 0, padding: '2px 10px' }}>
                {p.name}
              </Tag>
            ))}
          </Flex>
        )}
      </Card>
    </PageContainer>
  );
}
