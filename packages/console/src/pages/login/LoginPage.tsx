import { useState } from 'react';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { LockOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useLocation, useNavigate, type Location } from 'react-router-dom';
import { SILENT } from '../../apollo';
import { ME_QUERY } from '../../auth/me.graphql';
import { MfaQrCode, totpRules } from '../../components/MfaQrCode';
import type { LoginResultFieldsFragment } from '../../gql/graphql';
import { errorText } from '../../utils/errors';
import { LOGIN, VERIFY_MFA } from './login.graphql';
import logo from '../../layout/logo.svg';
import styles from './login.module.css';

type Step = { kind: 'password' } | { kind: 'mfa' } | { kind: 'mfa-setup'; secret: string; otpauthUrl: string };

export default function LoginPage() {
  const navigate = useNavigate();
  const location = useLocation();
  const client = useApolloClient();
  const [step, setStep] = useState<Step>({ kind: 'password' });
  const [error, setError] = useState<string | null>(null);
  const [login, loginState] = useMutation(LOGIN, { context: SILENT });
  const [verify, verifyState] = useMutation(VERIFY_MFA, { context: SILENT });

  const handle = (result: LoginResultFieldsFragment | null | undefined) => {
    if (!result) return;
    if (result.status === 'OK' && result.user) {
      client.writeQuery({ query: ME_QUERY, data: { me: result.user } });
      navigate(targetAfterLogin(location.state), { replace: true });
    } else if (result.status === 'MFA_REQUIRED') {
      setStep({ kind: 'mfa' });
    } else if (result.status === 'MFA_SETUP_REQUIRED' && result.mfaSetup) {
      setStep({ kind: 'mfa-setup', ...result.mfaSetup });
    }
  };

  const run = async (fn: () => Promise<LoginResultFieldsFragment | null | undefined>) => {
    setError(null);
    try {
      handle(await fn());
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <div className={styles.page}>
      <Flex vertical align="center" gap={step.kind === 'mfa-setup' ? 16 : 28} className={styles.inner}>
        <Flex vertical align="center" gap={6}>
          <Flex align="center" gap={12}>
            <img src={logo} alt="" width={40} height={40} />
            <Typography.Title level={1} style={{ margin: 0, letterSpacing: 4 }}>
              协救
            </Typography.Title>
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 16, letterSpacing: 2 }}>
            一门受理 · 协同办理
          </Typography.Text>
        </Flex>

        <Card className={styles.card} variant="borderless" title={step.kind === 'password' ? '工作人员登录' : '两步验证'}>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 20 }} data-testid="login-error" />}

          {step.kind === 'password' ? (
            <Form
              layout="vertical"
              requiredMark={false}
              size="large"
              onFinish={(v: { username: string; password: string }) =>
                run(async () => (await login({ variables: { username: v.username.trim(), password: v.password } })).data?.login)
              }
            >
              <Form.Item name="username" label="用户名" rules={[{ required: true, message: '请输入用户名' }]}>
                <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
              </Form.Item>
              <Form.Item name="password" label="密码" rules={[{ required: true, message: '请输入密码' }]}>
                <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
              </Form.Item>
              <Button type="primary" htmlType="submit" block loading={loginState.loading} style={{ marginTop: 8 }}>
                登录
              </Button>
            </Form>
          ) : (
            <Form
              layout="vertical"
              requiredMark={false}
              size={step.kind === 'mfa-setup' ? 'middle' : 'large'}
              onFinish={(v: { code: string }) => run(async () => (await verify({ variables: { code: v.code } })).data?.verifyMfa)}
            >
              {step.kind === 'mfa-setup' ? (
                <>
                  <Alert type="warning" showIcon title="管理员账号须启用两步验证，请用身份验证器扫描二维码" style={{ marginBottom: 16 }} />
                  <div style={{ marginBottom: 8 }}>
                    <MfaQrCode otpauthUrl={step.otpauthUrl} secret={step.secret} />
                  </div>
                </>
              ) : (
                <Typography.Paragraph type="secondary">请打开身份验证器，输入当前显示的 6 位动态验证码。</Typography.Paragraph>
              )}
              <Form.Item name="code" label="动态验证码" rules={totpRules} normalize={(v: string) => v.replace(/\s/g, '')}>
                <Input prefix={<SafetyOutlined />} maxLength={6} inputMode="numeric" autoComplete="one-time-code" autoFocus />
              </Form.Item>
              <Button type="primary" htmlType="submit" block loading={verifyState.loading}>
                验证
              </Button>
              <Button
                type="link"
                block
                style={{ marginTop: 4 }}
                onClick={() => {
                  setError(null);
                  setStep({ kind: 'password' });
                }}
              >
                返回重新登录
              </Button>
            </Form>
          )}
        </Card>

        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          社会救助协同平台 · 仅限授权工作人员使用，操作全程留痕
        </Typography.Text>
      </Flex>
    </div>
  );
}

function targetAfterLogin(state: unknown): string {
  const from = (state as { from?: Partial<Location> } | null)?.from;
  if (!from?.pathname || from.pathname === '/login') return '/';
  return `${from.pathname}${from.search ?? ''}${from.hash ?? ''}`;
}
