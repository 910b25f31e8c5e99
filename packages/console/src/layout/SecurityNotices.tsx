import { Alert, Button, Flex, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { useCurrentUser } from '../auth/CurrentUserContext';
import { ME_QUERY } from '../auth/me.graphql';
import { ACKNOWLEDGE_SECURITY_NOTICES } from './account.graphql';

/**
 * 账号安全提醒: what other administrators did to this account (password or second factor reset,
 * role change — confirmed, rejected or expired requests). Shown on every page, also on the
 * change-password screen, until the user acknowledges it.
 */
export function SecurityNotices() {
  const user = useCurrentUser();
  const [acknowledge, { loading }] = useMutation(ACKNOWLEDGE_SECURITY_NOTICES, { refetchQueries: [ME_QUERY], awaitRefetchQueries: true });
  const notices = user.securityNotices ?? [];
  if (!notices.length) return null;
  return (
    <Alert
      type="warning"
      showIcon
      icon={<SafetyCertificateOutlined />}
      style={{ marginBottom: 16 }}
      role="alert"
      title="账号安全提醒"
      description={
        <Flex vertical gap={4}>
          {notices.map((n) => (
            <Typography.Text key={n.id}>{n.message}</Typography.Text>
          ))}
        </Flex>
      }
      action={
        <Button size="small" loading={loading} onClick={() => void acknowledge()}>
          我已知悉
        </Button>
      }
    />
  );
}
