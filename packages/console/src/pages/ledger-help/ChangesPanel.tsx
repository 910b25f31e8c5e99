import { App, Button, Popconfirm, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { SILENT } from '../../apollo';
import { useCan } from '../../auth/CurrentUserContext';
import { TextFormModal } from '../../components/TextFormModal';
import { useDialog } from '../../components/useDialog';
import type { HouseholdChangeFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../utils/datetime';
import { errorText } from '../../utils/errors';
import { DECIDE_CHANGE, HOUSEHOLD_CHANGES, HOUSEHOLD_FOLLOWUPS } from './ledger-help.graphql';

type Change = HouseholdChangeFieldsFragment;
const STATUS_COLORS: Record<string, string> = { PENDING: 'gold', APPROVED: 'green', REJECTED: 'default' };

/**
 * 台账变更申请 (one household, or the reader's area: `pending`, `mine`): a window may approve or reject a pending one
 * proposed by someone else (双人复核); an approved 死亡 is entered in the ledger.
 */
export function ChangesTable({
  householdId,
  pending,
  mine,
  showHousehold,
  onDecided,
}: {
  householdId?: string;
  pending?: boolean;
  mine?: boolean;
  showHousehold?: boolean;
  onDecided?: () => void;
}) {
  const can = useCan();
  const { message } = App.useApp();
  const { data, loading, refetch } = useQuery(HOUSEHOLD_CHANGES, { variables: { householdId, pending, mine }, fetchPolicy: 'cache-and-network' });
  const [decide] = useMutation(DECIDE_CHANGE);
  const reject = useDialog<Change>();
  const checker = can('HOUSEHOLD_WRITE');

  const approve = async (c: Change) => {
    try {
      await decide({ variables: { id: c.id, approve: true, note: null, version: c.version }, context: SILENT });
      void message.success(c.kind === 'DIED' ? `已通过：${c.personName} 已登记死亡` : '已通过，已记入台账变更记录');
      await refetch();
      onDecided?.();
    } catch (e) {
      void message.error(errorText(e));
    }
  };

  const columns: TableColumnsType<Change> = [
    { title: '状态', dataIndex: 'statusName', width: 84, render: (v: string, c) => <Tag color={STATUS_COLORS[c.status]}>{v}</Tag> },
    ...(showHousehold ? [{ title: '家庭', key: 'hh', width: 110, render: (_: unknown, c: Change) => `${c.headName ?? '—'}户` }] : []),
    { title: '类别', dataIndex: 'kindName', width: 96 },
    { title: '成员', dataIndex: 'personName', width: 90, render: (v: string | null) => v ?? '—' },
    { title: '日期', dataIndex: 'effectiveDate', width: 104, render: (v: string | null) => v ?? '—' },
    { title: '情况说明', dataIndex: 'note', ellipsis: true },
    { title: '提出', key: 'by', width: 170, render: (_, c) => `${c.proposedByName} ${formatDateTime(c.proposedAt).slice(5, 16)}` },
    {
      title: '审核',
      key: 'decide',
      width: 150,
      render: (_, c) =>
        c.status !== 'PENDING' ? (
          <Typography.Text type="secondary">
            {c.decidedByName}
            {c.decisionNote ? `：${c.decisionNote}` : ''}
          </Typography.Text>
        ) : checker && !c.mine ? (
          <Space size={0}>
            <Popconfirm
              title={c.kind === 'DIED' ? `通过后将登记 ${c.personName} 死亡，确定？` : '确定通过该变更？'}
              okText="通过"
              cancelText="取消"
              onConfirm={() => approve(c)}
            >
              <Button type="link" size="small">
                通过
              </Button>
            </Popconfirm>
            <Button type="link" size="small" danger onClick={() => reject.open(c)}>
              不通过
            </Button>
          </Space>
        ) : (
          <Typography.Text type="secondary">{c.mine ? '待他人审核' : '待窗口审核'}</Typography.Text>
        ),
    },
  ];

  return (
    <>
      <Table<Change>
        rowKey="id"
        size="small"
        loading={loading && !data}
        dataSource={data?.householdChanges ?? []}
        columns={columns}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
      />
      <TextFormModal
        open={reject.isOpen}
        title={`不通过：${reject.target?.kindName ?? ''}`}
        okText="不通过"
        name="note"
        label="理由"
        required="请说明不通过的理由"
        maxLength={500}
        onCancel={reject.close}
        onSubmit={async (note) => {
          await decide({ variables: { id: reject.target!.id, approve: false, note, version: reject.target!.version }, context: SILENT });
          void message.success('已不通过');
          reject.close();
          await refetch();
        }}
      />
    </>
  );
}

/** 帮扶措施 of a household, latest first. */
export function FollowupsTable({ householdId }: { householdId: string }) {
  const { data, loading } = useQuery(HOUSEHOLD_FOLLOWUPS, { variables: { householdId }, fetchPolicy: 'cache-and-network' });
  return (
    <Table
      rowKey="id"
      size="small"
      loading={loading && !data}
      dataSource={data?.householdFollowups ?? []}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      columns={[
        { title: '日期', dataIndex: 'measureDate', width: 104 },
        { title: '类别', dataIndex: 'kindName', width: 96 },
        { title: '成员', dataIndex: 'personName', width: 90, render: (v: string | null) => v ?? '—' },
        { title: '措施内容', dataIndex: 'note', ellipsis: true },
        { title: '记录人', dataIndex: 'recordedByName', width: 100 },
      ]}
    />
  );
}
