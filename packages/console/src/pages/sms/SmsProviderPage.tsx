import { Alert, App, Button, Descriptions, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { SILENT } from '../../apollo';
import { ContentCard, PageContainer } from '../../components/PageContainer';
import { applyFieldErrors } from '../../components/fieldErrors';
import type { SmsProviderKind } from '../../gql/graphql';
import { formatDateTime } from '../../utils/datetime';
import { enumLabel, enumOptions } from '../../utils/enums';
import { SMS_PROVIDER_CONFIG, UPDATE_SMS_PROVIDER_CONFIG } from './sms.graphql';

interface ProviderForm {
  provider: SmsProviderKind;
  endpoint: string;
  accessKeyId: string;
  secret: string;
  signName: string;
  sdkAppId: string;
  region: string;
  ratePerSecond: number;
  receiptToken: string;
  quietStart: string;
  quietEnd: string;
}

const SOURCES: Record<string, string> = { console: '控制台配置', env: '环境变量', default: '默认（日志，不实际发送）' };

/** 短信服务商 (系统管理员): which provider sends, its keys (sealed, never shown again), rate limit and quiet hours. */
export default function SmsProviderPage() {
  const { message } = App.useApp();
  const [form] = Form.useForm<ProviderForm>();
  const { data, loading, refetch } = useQuery(SMS_PROVIDER_CONFIG, { fetchPolicy: 'cache-and-network' });
  const [update, { loading: saving }] = useMutation(UPDATE_SMS_PROVIDER_CONFIG, { context: SILENT });
  const cfg = data?.smsProviderConfig;
  const provider = Form.useWatch('provider', form) ?? cfg?.provider;

  if (!cfg) return <PageContainer title="短信服务商">{loading ? null : <Alert type="error" title="无法读取短信服务商配置" />}</PageContainer>;

  return (
    <PageContainer title="短信服务商">
      <ContentCard>
        <Descriptions size="small" column={2} style={{ marginBottom: 16 }}>
          <Descriptions.Item label="当前服务商">{enumLabel('SmsProviderKind', cfg.provider)}</Descriptions.Item>
          <Descriptions.Item label="配置来源">{SOURCES[cfg.source] ?? cfg.source}</Descriptions.Item>
          <Descriptions.Item label="密钥">{cfg.secretSet ? '已设置' : '未设置'}</Descriptions.Item>
          <Descriptions.Item label="回执令牌">{cfg.receiptTokenSet ? '已设置' : '未设置'}</Descriptions.Item>
          <Descriptions.Item label="最后修改">{cfg.updatedByName ? `${cfg.updatedByName} ${formatDateTime(cfg.updatedAt)}` : '—'}</Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph type="secondary">
          密钥加密保存，保存后不再显示；留空表示不修改。回执地址：/api/sms/receipts/{provider ?? 'log'}
          {provider === 'aliyun' || provider === 'tencent' ? '?token=回执令牌' : ''}。保存后记入操作日志，下一次发送即按新配置执行。
        </Typography.Paragraph>
        <Form<ProviderForm>
          form={form}
          layout="vertical"
          style={{ maxWidth: 560 }}
          initialValues={{
            provider: cfg.provider,
            endpoint: cfg.endpoint ?? '',
            accessKeyId: cfg.accessKeyId ?? '',
            secret: '',
            signName: cfg.signName ?? '',
            sdkAppId: cfg.sdkAppId ?? '',
            region: cfg.region ?? '',
            ratePerSecond: cfg.ratePerSecond,
            receiptToken: '',
            quietStart: cfg.quietStart,
            quietEnd: cfg.quietEnd,
          }}
          onFinish={async (v) => {
            try {
              await update({
                variables: {
                  input: {
                    provider: v.provider,
                    endpoint: v.endpoint || null,
                    accessKeyId: v.accessKeyId || null,
                    secret: v.secret || null,
                    signName: v.signName || null,
                    sdkAppId: v.sdkAppId || null,
                    region: v.region || null,
                    ratePerSecond: v.ratePerSecond,
                    receiptToken: v.receiptToken || null,
                    quietStart: v.quietStart,
                    quietEnd: v.quietEnd,
                  },
                  version: cfg.version,
                },
              });
              message.success('短信服务商配置已保存');
              form.setFieldsValue({ secret: '', receiptToken: '' });
              await refetch();
            } catch (e) {
              const rest = applyFieldErrors(form, e);
              if (rest.length) message.error(rest.join('；'));
            }
          }}
        >
          <Form.Item name="provider" label="服务商" rules={[{ required: true }]}>
            <Select options={enumOptions('SmsProviderKind')} aria-label="服务商" />
          </Form.Item>
          {provider !== 'log' && (
            <>
              <Form.Item name="endpoint" label="接口地址" extra={provider === 'http' ? '通用 HTTP 接口必填' : '留空使用服务商的公共地址'}>
                <Input maxLength={300} placeholder="https://" />
              </Form.Item>
              {provider !== 'http' && (
                <Form.Item name="accessKeyId" label={provider === 'tencent' ? 'SecretId' : 'AccessKey ID'}>
                  <Input maxLength={128} autoComplete="off" />
                </Form.Item>
              )}
              <Form.Item
                name="secret"
                label={provider === 'tencent' ? 'SecretKey' : provider === 'http' ? '签名密钥' : 'AccessKey Secret'}
                extra={cfg.secretSet ? '已设置；留空不修改' : '未设置'}
              >
                <Input.Password maxLength={200} autoComplete="new-password" />
              </Form.Item>
              {provider !== 'http' && (
                <Form.Item name="signName" label="短信签名">
                  <Input maxLength={32} />
                </Form.Item>
              )}
              {provider === 'tencent' && (
                <Form.Item name="sdkAppId" label="SmsSdkAppId">
                  <Input maxLength={32} />
                </Form.Item>
              )}
              {provider !== 'http' && (
                <Form.Item name="region" label="地域">
                  <Input maxLength={32} placeholder={provider === 'tencent' ? 'ap-guangzhou' : 'cn-hangzhou'} />
                </Form.Item>
              )}
              {provider !== 'http' && (
                <Form.Item name="receiptToken" label="回执令牌" extra={cfg.receiptTokenSet ? '已设置；留空不修改' : '未设置：不接收回执'}>
                  <Input.Password maxLength={200} autoComplete="new-password" />
                </Form.Item>
              )}
            </>
          )}
          <Form.Item name="ratePerSecond" label="每秒最多发送条数" rules={[{ required: true, message: '请填写发送速率' }]}>
            <InputNumber min={1} max={1000} precision={0} />
          </Form.Item>
          <Form.Item label="免打扰时段（北京时间，非紧急短信顺延）" required>
            <Space>
              <Form.Item name="quietStart" noStyle rules={[{ required: true, pattern: /^([01]\d|2[0-3]):[0-5]\d$/, message: '格式 HH:mm' }]}>
                <Input style={{ width: 90 }} aria-label="免打扰开始" />
              </Form.Item>
              至
              <Form.Item name="quietEnd" noStyle rules={[{ required: true, pattern: /^([01]\d|2[0-3]):[0-5]\d$/, message: '格式 HH:mm' }]}>
                <Input style={{ width: 90 }} aria-label="免打扰结束" />
              </Form.Item>
            </Space>
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={saving}>
            保存
          </Button>
        </Form>
      </ContentCard>
    </PageContainer>
  );
}
