import { useState } from 'react';
import { Alert, App, Button, Flex, Select, Space, Table, Tag, Typography } from 'antd';
import { RedoOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { SILENT } from '../../apollo';
import { useAccess } from '../../auth/CurrentUserContext';
import { ContentCard, PageContainer } from '../../components/PageContainer';
import { ExportButton } from '../../components/ExportButton';
import type { SmsMessagesQuery, SmsStatus } from '../../gql/graphql';
import { formatDateTime } from '../../utils/datetime';
import { enumLabel, enumOptions } from '../../utils/enums';
import { errorText } from '../../utils/errors';
import { RETRY_SMS, SMS_MESSAGES } from './sms.graphql';

type Message = SmsMessagesQuery['smsMessages']['items'][number];

const STATUS_COLORS: Record<string, string> = {
  QUEUED: 'default',
  SENDING: 'processing',
  SENT: 'blue',
  DELIVERED: 'green',
  FAILED: 'orange',
  DEAD: 'red',
  UNKNOWN: 'gold',
  SKIPPED: 'default',
};

/**
 * 短信记录: every SMS planned from the outbox (applicants and window staff) with its status, masked phone, content,
 * attempts and last error; 重新发送 for messages that stopped retrying or whose result is unknown (系统管理员).
 */
export default function SmsMessagesPage() {
  const { message, modal } = App.useApp();
  const access = useAccess();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [status, setStatus] = useState<SmsStatus | undefined>();
  const { data, loading, error, refetch } = useQuery(SMS_MESSAGES, {
    variables: { ...page, status: status ?? null },
    fetchPolicy: 'cache-and-network',
    context: SILENT,
  });
  const [retry] = useMutation(RETRY_SMS, { context: SILENT });
  const canRetry = access.can('SMS_MANAGE');

  const onRetry = (m: Message) =>
    modal.confirm({
      title: '重新发送该短信？',
      content:
        m.status === 'UNKNOWN'
          ? '该短信的发送结果无法确认。请先在服务商后台核实确未发送，再重新发送，以免申请人收到两条。'
          : '该短信已多次发送失败并停止重试。重新发送后将从第 1 次开始尝试。',
      okText: '重新发送',
      cancelText: '取消',
      onOk: async () => {
        try {
          await retry({ variables: { id: m.id } });
          message.success('已重新排队发送');
          await refetch();
        } catch (e) {
          message.error(errorText(e));
        }
      },
    });

  return (
    <PageContainer title="短信记录" extra={<ExportButton list="SMS_MESSAGES" filter={{ status }} />}>
      <ContentCard>
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          申请受理、转办、补正、公示、审批结果等办理情况通过短信告知申请人和窗口人员。手机号已脱敏，短信内容不含身份证号等敏感信息。发送失败的短信按递增间隔自动重试，多次失败后停止重试；免打扰时段（默认
          21:00–次日 08:00）非紧急短信顺延至次日早上发送。
        </Typography.Paragraph>
        <Flex gap={16} align="center" wrap style={{ marginBottom: 12 }}>
          <Space>
            <span>状态</span>
            <Select
              allowClear
              placeholder="全部状态"
              style={{ width: 200 }}
              value={status}
              onChange={(v) => {
                setStatus(v);
                setPage((p) => ({ ...p, page: 1 }));
              }}
              options={enumOptions('SmsStatus')}
              aria-label="短信状态"
            />
          </Space>
        </Flex>
        {error && <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 12 }} />}
        <Table<Message>
          rowKey="id"
          size="small"
          loading={loading && !data}
          dataSource={data?.smsMessages.items ?? []}
          pagination={{
            current: page.page,
            pageSize: page.pageSize,
            total: data?.smsMessages.total ?? 0,
            showTotal: (n) => `共 ${n} 条`,
            onChange: (p, ps) => setPage({ page: p, pageSize: ps }),
          }}
          columns={[
            { title: '生成时间', dataIndex: 'createdAt', width: 150, render: (v: string) => formatDateTime(v) },
            {
              title: '接收人',
              width: 140,
              render: (_: unknown, m) => (
                <Flex vertical gap={0}>
                  <span>{m.phoneMasked ?? '—'}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {enumLabel('SmsRecipientKind', m.recipientKind)}
                  </Typography.Text>
                </Flex>
              ),
            },
            {
              title: '短信内容',
              render: (_: unknown, m) => (
                <Flex vertical gap={0}>
                  <span>{m.content}</span>
                  {m.lastError && (
                    <Typography.Text type={m.status === 'DEAD' || m.status === 'FAILED' ? 'danger' : 'warning'} style={{ fontSize: 12 }}>
                      {m.lastError}
                    </Typography.Text>
                  )}
                </Flex>
              ),
            },
            {
              title: '状态',
              width: 170,
              render: (_: unknown, m) => (
                <Flex vertical gap={0}>
                  <span>
                    <Tag color={STATUS_COLORS[m.status]}>{enumLabel('SmsStatus', m.status)}</Tag>
                    {m.urgent && <Tag color="red">紧急</Tag>}
                  </span>
                  {m.nextAttemptAt && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      计划 {formatDateTime(m.nextAttemptAt)}
                    </Typography.Text>
                  )}
                  {m.deliveredAt && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      送达 {formatDateTime(m.deliveredAt)}
                    </Typography.Text>
                  )}
                </Flex>
              ),
            },
            { title: '尝试次数', dataIndex: 'attempts', width: 80, align: 'right' },
            {
              title: '操作',
              width: 100,
              render: (_: unknown, m) =>
                canRetry && (m.status === 'DEAD' || m.status === 'UNKNOWN') ? (
                  <Button size="small" type="link" icon={<RedoOutlined />} onClick={() => onRetry(m)}>
                    重新发送
                  </Button>
                ) : null,
            },
          ]}
        />
      </ContentCard>
    </PageContainer>
  );
}
