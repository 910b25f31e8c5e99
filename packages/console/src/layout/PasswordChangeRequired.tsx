import { useState } from 'react';
import { Button, Result } from 'antd';
import { useCurrentUser } from '../auth/CurrentUserContext';
import { ChangePasswordModal } from './ChangePasswordModal';

/**
 * Shown instead of every page while the password must change (initial, reset or older than
 * 90 days): the server answers PASSWORD_EXPIRED to everything but `changePassword` until then.
 */
export function PasswordChangeRequired() {
  // With a security notice (e.g. "your password was reset by …, confirmed by …") the user reads it
  // first; the dialog opens from the button.
  const hasNotices = (useCurrentUser().securityNotices?.length ?? 0) > 0;
  const [open, setOpen] = useState(!hasNotices);
  return (
    <>
      <Result
        status="warning"
        title="请先修改密码"
        subTitle="您正在使用初始密码、重置后的密码或已超过 90 天未修改的密码。修改后即可正常使用。"
        extra={
          <Button type="primary" onClick={() => setOpen(true)}>
            修改密码
          </Button>
        }
      />
      <ChangePasswordModal open={open} onClose={() => setOpen(false)} forced />
    </>
  );
}
