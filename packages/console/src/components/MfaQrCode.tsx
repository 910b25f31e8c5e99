import { Flex, QRCode, Typography } from 'antd';

/** QR code of an otpauth:// URL plus the secret for manual entry. */
export function MfaQrCode({ otpauthUrl, secret }: { otpauthUrl: string; secret: string }) {
  return (
    <Flex vertical align="center" gap={8}>
      <QRCode value={otpauthUrl} size={160} errorLevel="M" bordered />
      <Typography.Text type="secondary">无法扫码时，可在身份验证器中手动输入密钥：</Typography.Text>
      <Typography.Text code copyable={{ text: secret, tooltips: ['复制密钥', '已复制'] }} style={{ fontSize: 13 }}>
        <span data-testid="mfa-secret">{secret}</span>
      </Typography.Text>
    </Flex>
  );
}

/** Normalises a TOTP code as typed (spaces removed); the field accepts exactly six digits. */
export const totpRules = [
  { required: true, message: '请输入 6 位动态验证码' },
  { pattern: /^\d{6}$/, message: '动态验证码为 6 位数字' },
];
