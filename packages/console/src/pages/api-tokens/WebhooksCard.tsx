import { useState } from 'react';
import { App, Button, Flex, Form, Input, Popconfirm, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { SILENT } from '../../apollo';
import { ExportButton } from '../../components/ExportButton';
import { ContentCard } from '../../components/PageContainer';
import { FormModal } from '../../components/FormModal';
import { useDialog } from '../../components/useDialog';
import type { ApiTokenFieldsFragment, IntegrationEventType, WebhookFieldsFragment } from '../../gql/graphql';
import { formatDateTime, isFuture } from '../../utils/datetime';
import { emptyText } from '../../components/emptyText';
import { enumLabel, enumOptions } from '../../utils/enums';
import { CREATE_WEBHOOK, DISABLE_WEBHOOK, WEBHOOK_SUBSCRIPTIONS } from './apiTokens.graphql';
import { TokenRevealModal } from './TokenRevealModal';

interface WebhookValues {
  apiTokenId: string;
  url: string;
  eventTypes: IntegrationEventType[];
}

/**
 * 回调地址 (modules/integration, docs/api.md): a token with 订阅变更事件 gets each change it may see POSTed to its URL,
 * signed with HMAC-SM3; the signing key is shown once. Counts of delivered, pending and failed calls per URL.
 */
export function WebhooksCard({ tokens }: { tokens: ApiTokenFieldsFragment[] }) {
  const { message } = App.useApp();
  const { data, loading, refetch } = useQuery(WEBHOOK_SUBSCRIPTIONS, { fetchPolicy: 'cache-and-network' });
  const dialog = useDialog();
  const [secret, setSecret] = useState<{ secret: string; url: string }>();
  const [create] = useMutation(CREATE_WEBHOOK);
  const [disable] = useMutation(DISABLE_WEBHOOK);
  const eligible = tokens.filter((t) => !t.revokedAt && isFuture(t.expiresAt) && t.scopes.includes('EVENTS_READ'));

  const onCreate = async (v: WebhookValues) => {
    const res = await create({ variables: { input: { apiTokenId: v.apiTokenId, url: v.url.trim(), eventTypes: v.eventTypes ?? [] } }, context: SILENT });
    dialog.close();
    if (res.data) setSecret({ secret: res.data.createWebhookSubscription.secret, url: res.data.createWebhookSubscription.subscription.url });
    await refetch();
  };

  return (
    <ContentCard
      title="回调地址"
      extra={
        <Space>
          <ExportButton list="WEBHOOK_SUBSCRIPTIONS" filter={{}} />
          <Button icon={<PlusOutlined />} onClick={() => dialog.open()} disabled={!eligible.length}>
            登记回调地址
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        有“订阅变更事件”权限范围的令牌可登记回调地址：令牌可查看的转办单、救助记录和疑点的变化会以 HMAC-SM3 签名推送到该地址，失败时退避重试。
        对接说明见接口指南（docs/api.md）。
      </Typography.Paragraph>
      <Table<WebhookFieldsFragment>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.webhookSubscriptions ?? []}
        pagination={false}
        locale={{ emptyText: emptyText('尚未登记回调地址') }}
        columns={[
          { title: '令牌', dataIndex: 'apiTokenName', width: 150 },
          { title: '回调地址', dataIndex: 'url', render: (v: string) => <Typography.Text style={{ wordBreak: 'break-all' }}>{v}</Typography.Text> },
          {
            title: '事件',
            dataIndex: 'eventTypes',
            width: 170,
            render: (types: string[]) =>
              types.length ? (
                <Tooltip title={types.map((x) => enumLabel('IntegrationEventType', x)).join('、')}>
                  <Tag>{types.length} 类事件</Tag>
                </Tooltip>
              ) : (
                <Tag>全部</Tag>
              ),
          },
          {
            title: '送达 / 待发 / 失败',
            key: 'counts',
            width: 150,
            render: (_, s) => (
              <Flex vertical>
                <span>
                  {s.delivered} / {s.pending} / <Typography.Text type={s.failed ? 'danger' : undefined}>{s.failed}</Typography.Text>
                </span>
                {s.lastError ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    最近失败：{s.lastError}
                  </Typography.Text>
                ) : null}
              </Flex>
            ),
          },
          { title: '最近送达', dataIndex: 'lastDeliveredAt', width: 150, render: (v?: string | null) => (v ? formatDateTime(v) : '—') },
          { title: '状态', dataIndex: 'active', width: 70, render: (v: boolean) => (v ? <Tag color="green">启用</Tag> : <Tag>已停用</Tag>) },
          {
            title: '操作',
            key: 'actions',
            width: 70,
            render: (_, s) =>
              s.active ? (
                <Popconfirm
                  title="确定停用该回调地址？"
                  description="停用后不再推送，待发送的通知也不再发送。"
                  okText="停用"
                  okButtonProps={{ danger: true }}
                  onConfirm={() =>
                    disable({ variables: { id: s.id, version: s.version } })
                      .then(() => message.success('回调地址已停用'))
                      .catch(() => undefined)
                  }
                >
                  <Button type="link" size="small" danger>
                    停用
                  </Button>
                </Popconfirm>
              ) : null,
          },
        ]}
      />
      <FormModal<WebhookValues>
        open={dialog.isOpen}
        title="登记回调地址"
        width={600}
        okText="登记"
        initialValues={{ eventTypes: [] }}
        onCancel={dialog.close}
        onSubmit={onCreate}
      >
        <Form.Item name="apiTokenId" label="接口令牌" extra="只列出有“订阅变更事件”权限范围的有效令牌" rules={[{ required: true, message: '请选择令牌' }]}>
          <Select options={eligible.map((t) => ({ value: t.id, label: `${t.name}（${t.departmentName ?? '无所属部门'}）` }))} />
        </Form.Item>
        <Form.Item
          name="url"
          label="回调地址"
          extra="对接系统接收通知的 http(s) 地址；不能指向本机或内部网络地址"
          rules={[
            { required: true, whitespace: true, message: '请输入回调地址' },
            { max: 500, message: '不超过 500 个字符' },
          ]}
        >
          <Input placeholder="https://" />
        </Form.Item>
        <Form.Item name="eventTypes" label="事件类型" extra="不选表示令牌可查看的全部事件">
          <Select mode="multiple" allowClear options={enumOptions('IntegrationEventType')} />
        </Form.Item>
      </FormModal>
      <TokenRevealModal
        token={secret?.secret}
        title="回调地址已登记"
        warning={{
          title: '签名密钥只显示这一次',
          description: `对接系统用它校验推送到 ${secret?.url ?? ''} 的每条通知（X-Xiejiu-Signature，HMAC-SM3）。关闭本窗口后无法再次查看。`,
        }}
        testId="webhook-secret-value"
        onClose={() => setSecret(undefined)}
      />
    </ContentCard>
  );
}
