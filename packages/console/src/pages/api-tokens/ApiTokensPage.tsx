import { useState } from 'react';
import { App, Button, Flex, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { SILENT } from '../../apollo';
import { ExportButton } from '../../components/ExportButton';
import { ContentCard, PageContainer } from '../../components/PageContainer';
import { usePaging } from '../../components/paging';
import { useDialog } from '../../components/useDialog';
import type { ApiTokenFieldsFragment } from '../../gql/graphql';
import { formatDate, formatDateTime, isFuture } from '../../utils/datetime';
import { CreateTokenModal, type CreateTokenValues } from './CreateTokenModal';
import { TokenRevealModal } from './TokenRevealModal';
import { WebhooksCard } from './WebhooksCard';
import { API_TOKEN_SCOPES, API_TOKENS, CREATE_API_TOKEN, REVOKE_API_TOKEN } from './apiTokens.graphql';

type ApiToken = ApiTokenFieldsFragment;

function TokenStatus({ token }: { token: ApiToken }) {
  if (token.revokedAt) return <Tag>已吊销</Tag>;
  if (!isFuture(token.expiresAt)) return <Tag color="orange">已过期</Tag>;
  return <Tag color="green">有效</Tag>;
}

export default function ApiTokensPage() {
  const { message } = App.useApp();
  const { page, pageSize, pagination } = usePaging();
  const { data, loading, refetch } = useQuery(API_TOKENS, {
    variables: { page, pageSize },
    fetchPolicy: 'cache-and-network',
  });
  const scopeQuery = useQuery(API_TOKEN_SCOPES);
  const scopes = scopeQuery.data?.apiTokenScopes ?? [];
  const scopeName = (code: string) => scopes.find((s) => s.scope === code)?.name ?? code;
  const createDialog = useDialog();
  const [created, setCreated] = useState<{ token: string; name: string }>();
  const [create] = useMutation(CREATE_API_TOKEN);
  const [revoke] = useMutation(REVOKE_API_TOKEN);

  const onCreate = async (v: CreateTokenValues) => {
    const res = await create({
      variables: {
        input: {
          name: v.name.trim(),
          departmentId: v.departmentId ?? null,
          areaCode: v.areaCode,
          scopes: v.scopes,
          expiresAt: v.expiresAt.endOf('day').toISOString(),
        },
      },
      context: SILENT,
    });
    createDialog.close();
    if (res.data) setCreated({ token: res.data.createApiToken.token, name: res.data.createApiToken.apiToken.name });
    await refetch();
  };

  const onRevoke = async (t: ApiToken) => {
    await revoke({ variables: { id: t.id } });
    message.success('令牌已吊销');
    await refetch();
  };

  return (
    <PageContainer
      title="接口令牌"
      extra={
        <Space>
          <ExportButton list="API_TOKENS" filter={{}} />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => createDialog.open()}>
            新建令牌
          </Button>
        </Space>
      }
    >
      <ContentCard>
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          接口令牌供各部门业务系统通过 GraphQL 接口对接本平台，按所属部门、区划和权限范围限定访问；管理与配置功能不向令牌开放。
        </Typography.Paragraph>
        <Table<ApiToken>
          rowKey="id"
          loading={loading}
          dataSource={data?.apiTokens.items ?? []}
          pagination={pagination(data?.apiTokens.total)}
          columns={[
            {
              title: '名称',
              dataIndex: 'name',
              render: (v: string, t) => (
                <Flex vertical>
                  <Typography.Text strong>{v}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    前缀 <Typography.Text code>{t.prefix}…</Typography.Text>
                  </Typography.Text>
                </Flex>
              ),
            },
            {
              title: '部门 / 数据范围',
              key: 'scope',
              width: 170,
              render: (_, t) => (
                <Flex vertical>
                  <span>{t.departmentName ?? '—'}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    区划 {t.areaName ?? t.areaCode}
                  </Typography.Text>
                </Flex>
              ),
            },
            {
              title: '权限范围',
              dataIndex: 'scopes',
              width: 220,
              render: (codes: string[]) =>
                codes.length ? (
                  <Flex wrap gap={4}>
                    {codes.map((c) => (
                      <Tooltip key={c} title={scopes.find((s) => s.scope === c)?.description}>
                        <Tag style={{ marginInlineEnd: 0 }}>{scopeName(c)}</Tag>
                      </Tooltip>
                    ))}
                  </Flex>
                ) : (
                  <Typography.Text type="secondary">无</Typography.Text>
                ),
            },
            { title: '有效期至', dataIndex: 'expiresAt', width: 110, render: formatDate },
            {
              title: '最近使用',
              dataIndex: 'lastUsedAt',
              width: 160,
              className: 'nowrap',
              render: (v?: string | null) => (v ? formatDateTime(v) : '从未使用'),
            },
            { title: '状态', key: 'status', width: 80, render: (_, t) => <TokenStatus token={t} /> },
            {
              title: '操作',
              key: 'actions',
              width: 70,
              render: (_, t) =>
                t.revokedAt ? null : (
                  <Popconfirm
                    title={`确定吊销“${t.name}”？`}
                    description="吊销后使用该令牌的系统将立即无法访问。"
                    okText="吊销"
                    okButtonProps={{ danger: true }}
                    onConfirm={() => onRevoke(t).catch(() => undefined)}
                  >
                    <Button type="link" size="small" danger>
                      吊销
                    </Button>
                  </Popconfirm>
                ),
            },
          ]}
        />
      </ContentCard>
      <WebhooksCard tokens={data?.apiTokens.items ?? []} />
      <CreateTokenModal open={createDialog.isOpen} scopes={scopes} loading={scopeQuery.loading} onCancel={createDialog.close} onSubmit={onCreate} />
      <TokenRevealModal token={created?.token} name={created?.name} onClose={() => setCreated(undefined)} />
    </PageContainer>
  );
}
