import { useEffect } from 'react';
import { Alert, App, Button, Flex, Form, Input, Modal, Result, Spin } from 'antd';
import { useMutation } from '@apollo/client/react';
import { FormModal } from '../components/FormModal';
import { MfaQrCode, totpRules } from '../components/MfaQrCode';
import { SILENT } from '../apollo';
import { ME_QUERY } from '../auth/me.graphql';
import { errorText } from '../utils/errors';
import { BEGIN_MFA_SETUP, CONFIRM_MFA_SETUP } from './account.graphql';

/** 两步验证: fetch a fresh secret, show it as a QR code, confirm with one code. */
export function MfaSetupModal({ open, onClose, enabled }: { open: boolean; onClose: () => void; enabled: boolean }) {
  // Re-binding an enabled authenticator is a 安全管理员 task (the server refuses it here).
  if (enabled) {
    return (
      <Modal
        open={open}
        title="两步验证"
        onCancel={onClose}
        footer={
          <Button type="primary" onClick={onClose}>
            知道了
          </Button>
        }
      >
        <Result status="success" title="两步验证已启用" subTitle="登录时须输入身份验证器上的动态验证码。如需更换设备，请联系安全管理员重置。" />
      </Modal>
    );
  }
  return <MfaEnrolModal open={open} onClose={onClose} />;
}

function MfaEnrolModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const [begin, beginState] = useMutation(BEGIN_MFA_SETUP, { context: SILENT });
  const [confirm] = useMutation(CONFIRM_MFA_SETUP, { refetchQueries: [ME_QUERY] });

  useEffect(() => {
    if (open) begin().catch(() => undefined);
  }, [open, begin]);

  const setup = beginState.data?.beginMfaSetup;
  return (
    <FormModal<{ code: string }>
      open={open}
      title="两步验证"
      okText="验证并启用"
      onCancel={onClose}
      onSubmit={async (v) => {
        await confirm({ variables: { code: v.code }, context: SILENT });
        message.success('两步验证已启用');
        onClose();
      }}
    >
      <Flex vertical gap={16}>
        <Alert type="info" showIcon title="启用后，登录时除密码外还须输入身份验证器上的动态验证码。" />
        {beginState.error ? (
          <Alert type="error" showIcon title={errorText(beginState.error)} />
        ) : setup ? (
          <MfaQrCode otpauthUrl={setup.otpauthUrl} secret={setup.secret} />
        ) : (
          <Flex justify="center" align="center" style={{ height: 220 }}>
            <Spin />
          </Flex>
        )}
        <Form.Item name="code" label="动态验证码" rules={totpRules} normalize={(v: string) => v.replace(/\s/g, '')}>
          <Input maxLength={6} inputMode="numeric" autoComplete="one-time-code" placeholder="身份验证器上的 6 位数字" />
        </Form.Item>
      </Flex>
    </FormModal>
  );
}
