import { Tag, Tooltip } from 'antd';
import { formatDateTime, isFuture } from '../../utils/datetime';

export function isLocked(user: { lockedUntil?: string | null }): boolean {
  return isFuture(user.lockedUntil);
}

/** 正常 / 已停用 / 已锁定（至 …） */
export function UserStatus({ user }: { user: { disabled: boolean; lockedUntil?: string | null } }) {
  if (user.disabled) return <Tag color="default">已停用</Tag>;
  if (isLocked(user)) {
    const until = formatDateTime(user.lockedUntil);
    return (
      <Tooltip title={`连续登录失败，锁定至 ${until}`}>
        <Tag color="orange">已锁定 至 {until.slice(5, 16)}</Tag>
      </Tooltip>
    );
  }
  return <Tag color="green">正常</Tag>;
}
