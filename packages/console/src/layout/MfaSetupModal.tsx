import { useEffect } from 'react';
import { App, Alert, Flex, Form, Input, Spin } from 'antd';
import { useMutation } from '@apollo/client/react';
import { FormModal } from '../components/FormModal';
import { MfaQrCode, totpRules } from '../components/MfaQrCode';
import { SILENT } from '../apollo';
import { ME_QUERY } from '../auth/me.graphql';
import { BEGIN_MFA_SETUP, CONFIRM_MFA_SETUP } from './account.graphql';

/** 两步验证: fetch a fresh secret, show it as a QR code, confirm with one code. */
export function MfaSetupModal({ open, onClose, enabled }: { open: boolean; onClose: () => void; enabled: boolean }) {
  const { message } = App.useApp();
  const [begin, beginState] = useMutation(BEGIN_MFA_SETUP);
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
        await confirm({ variables: { code: v.code.trim() }, context: SILENT });
        message.success('两步验证已启用');
        onClose();
      }}
    >
      <Flex vertical gap={16}>
        <Alert
          type="info"
          showIcon
          title={enabled ? '您已启用两步验证。重新绑定后，原身份验证器中的动态验证码将失效。' : '启用后，登录时除密码外还须输入身份验证器上的动态验证码。'}
        />
        {setup ? (
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
