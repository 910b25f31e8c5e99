import { App, Badge, Button, Flex, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { SILENT } from '../../apollo';
import { ExportButton } from '../../components/ExportButton';
import { ContentCard } from '../../components/PageContainer';
import { TextFormModal } from '../../components/TextFormModal';
import { useDialog } from '../../components/useDialog';
import type { AdminChangeFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../utils/datetime';
import { errorText } from '../../utils/errors';
import { ADMIN_CHANGE_REQUESTS, CONFIRM_ADMIN_CHANGE, REJECT_ADMIN_CHANGE } from './users.graphql';
import { emptyText } from '../../components/emptyText';

type Request = AdminChangeFieldsFragment;

/**
 * 待确认的管理员账号变更 (双人复核): requests of the security administrator to reset an
 * administrator's password or second factor or to change roles concerning an administrator.
 * Another administrator role confirms or rejects; the requester and the target see why they cannot.
 * `hideWhenEmpty` for the dashboard, where it only appears when something waits.
 */
export function AdminChangeRequests({ hideWhenEmpty = false }: { hideWhenEmpty?: boolean }) {
  const { message } = App.useApp();
  const { data, loading } = useQuery(ADMIN_CHANGE_REQUESTS, { variables: { pending: true, page: 1, pageSize: 50 }, fetchPolicy: 'cache-and-network' });
  const refetch = { refetchQueries: [ADMIN_CHANGE_REQUESTS, 'MyTodos'] };
  const [confirm] = useMutation(CONFIRM_ADMIN_CHANGE, refetch);
  const [reject] = useMutation(REJECT_ADMIN_CHANGE, refetch);
  const rejectDialog = useDialog<Request>();
  const items = data?.adminChangeRequests.items ?? [];
  if (hideWhenEmpty && !items.length) return null;

  const onConfirm = async (r: Request) => {
    try {
      await confirm({ variables: { id: r.id }, context: SILENT });
      message.success(`已确认：${r.targetName} 的${r.kindName}已生效`);
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const onReject = async (note: string) => {
    const r = rejectDialog.target!;
    await reject({ variables: { id: r.id, note: note || null }, context: SILENT });
    message.success('已拒绝该申请');
    rejectDialog.close();
  };

  return (
    <section aria-label="待确认的管理员账号变更">
      <ContentCard
        title={
          <Space>
            <SafetyCertificateOutlined />
            待确认的管理员账号变更
            <Badge count={items.length} showZero={false} />
          </Space>
        }
        extra={<ExportButton list="ADMIN_CHANGE_REQUESTS" filter={{ pending: true }} />}
      >
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          重置管理员的密码或两步验证、变更涉及管理员的角色，须由申请人以外、另一类管理员确认后才生效（双人复核）；被变更的管理员下次登录时会看到提醒。
        </Typography.Paragraph>
        <Table<Request>
          rowKey="id"
          size="small"
          loading={loading}
          dataSource={items}
          pagination={false}
          locale={{ emptyText: emptyText('没有待确认的申请') }}
          columns={[
            { title: '申请时间', dataIndex: 'requestedAt', width: 150, className: 'nowrap', render: formatDateTime },
            {
              title: '账号',
              key: 'target',
              render: (_, r) => (
                <Flex vertical>
                  <span>
                    {r.targetName}（{r.targetUsername}）
                  </span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {r.targetRoleNames.join('、')}
                  </Typography.Text>
                </Flex>
              ),
            },
            {
              title: '变更内容',
              key: 'change',
              render: (_, r) => (
                <Space size={4} wrap>
                  <Tag color="orange">{r.kindName}</Tag>
                  {r.roleNames && <span>改为：{r.roleNames.join('、')}</span>}
                </Space>
              ),
            },
            { title: '申请人', key: 'by', width: 170, render: (_, r) => `${r.requestedByName}（${r.requestedRoleName}）` },
            { title: '有效期至', dataIndex: 'expiresAt', width: 150, className: 'nowrap', render: formatDateTime },
            {
              title: '操作',
              key: 'actions',
              width: 150,
              render: (_, r) =>
                r.canDecide ? (
                  <Space size={0}>
                    <Popconfirm
                      title={`确认${r.kindName}：${r.targetName}？`}
                      description="确认后立即生效，并结束该账号的全部会话。"
                      okText="确认生效"
                      onConfirm={() => onConfirm(r)}
                    >
                      <Button type="link" size="small">
                        确认
                      </Button>
                    </Popconfirm>
                    <Button type="link" size="small" danger onClick={() => rejectDialog.open(r)}>
                      拒绝
                    </Button>
                  </Space>
                ) : (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {r.cannotDecideReason ?? r.statusName}
                  </Typography.Text>
                ),
            },
          ]}
        />
        <TextFormModal
          open={rejectDialog.isOpen}
          title={rejectDialog.target ? `拒绝申请：${rejectDialog.target.targetName} 的${rejectDialog.target.kindName}` : '拒绝申请'}
          okText="拒绝"
          name="note"
          label="说明（可选）"
          maxLength={200}
          placeholder="如：未核实本人申请"
          onCancel={rejectDialog.close}
          onSubmit={onReject}
        />
      </ContentCard>
    </section>
  );
}
