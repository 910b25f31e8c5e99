import { Card, Col, Descriptions, Empty, Flex, Row, Tag, Typography } from 'antd';
import { CheckCircleFilled, ExclamationCircleFilled, RightOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useCan, useCurrentUser } from '../../auth/CurrentUserContext';
import { useRoleCatalogue } from '../../components/RoleSelect';
import { AdminChangeRequests } from '../users/AdminChangeRequests';
import { shellRoutes } from '../../routes';
import { dayjs, DISPLAY_TZ } from '../../utils/datetime';
import styles from './dashboard.module.css';

function greeting(): string {
  const h = dayjs().tz(DISPLAY_TZ).hour();
  if (h < 6) return '夜深了';
  if (h < 12) return '上午好';
  if (h < 14) return '中午好';
  if (h < 18) return '下午好';
  return '晚上好';
}

export default function DashboardPage() {
  const user = useCurrentUser();
  const can = useCan();
  const { permissionName } = useRoleCatalogue();
  const permissions = user.permissions.map((code) => ({ code, name: permissionName(code) }));
  const links = shellRoutes.filter((r) => r.path !== '/' && !r.hideInMenu && can(r.access));

  return (
    <Flex vertical gap={16}>
      {can('ADMIN_CHANGE_REVIEW') && <AdminChangeRequests hideWhenEmpty />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Card variant="borderless" style={{ height: '100%' }}>
            <Typography.Title level={4} style={{ marginTop: 0 }}>
              {greeting()}，{user.displayName}
            </Typography.Title>
            <Typography.Paragraph type="secondary">欢迎使用协救社会救助协同平台。</Typography.Paragraph>
            <Descriptions column={2} size="small" colon>
              <Descriptions.Item label="用户名">{user.username}</Descriptions.Item>
              <Descriptions.Item label="角色">
                {user.roleNames.map((n) => (
                  <Tag key={n} color="blue">
                    {n}
                  </Tag>
                ))}
              </Descriptions.Item>
              <Descriptions.Item label="所属区划">{user.areaName ?? user.areaCode}</Descriptions.Item>
              <Descriptions.Item label="所属部门">{user.departmentName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="两步验证">
                {user.mfaEnabled ? (
                  <Typography.Text type="success">
                    <CheckCircleFilled /> 已启用
                  </Typography.Text>
                ) : (
                  <Typography.Text type="warning">
                    <ExclamationCircleFilled /> 未启用
                  </Typography.Text>
                )}
              </Descriptions.Item>
            </Descriptions>
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
    </Flex>
  );
}
