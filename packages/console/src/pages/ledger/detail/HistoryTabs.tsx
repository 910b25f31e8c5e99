import { Empty, Table, Timeline, Typography } from 'antd';
import { TIER_NAMES, type Tier } from '@xiejiu/rules';
import { formatDateTime } from '../../../utils/datetime';
import { TierTag } from '../ledger-ui';
import type { HouseholdDetail } from './types';

type TierChange = NonNullable<HouseholdDetail['tierHistory']>[number];
type HouseholdEvent = NonNullable<HouseholdDetail['events']>[number];

const tierName = (t: string | null) => (t ? (TIER_NAMES[t as Tier] ?? t) : '无分层');

/** 层级变化: newest first, with the reason the server derived. */
export function TierHistoryTimeline({ changes }: { changes: readonly TierChange[] }) {
  if (!changes.length) return <Empty description="层级未发生变化" image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <Timeline
      style={{ marginTop: 8 }}
      items={changes.map((c) => ({
        key: c.id,
        color: c.toTier ? 'red' : 'gray',
        content: (
          <>
            <div>
              {tierName(c.fromTier)} → <TierTag tier={c.toTier} />
            </div>
            <Typography.Text type="secondary">
              {formatDateTime(c.at)} · {c.reason} · {c.actorName}
            </Typography.Text>
          </>
        ),
      }))}
    />
  );
}

/** 变更记录: the household's own history (登记、成员变动、户主变更、层级变化 …). */
export function EventsTable({ events }: { events: readonly HouseholdEvent[] }) {
  return (
    <Table<HouseholdEvent>
      rowKey="id"
      size="middle"
      dataSource={[...events]}
      pagination={events.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      columns={[
        { title: '时间', dataIndex: 'at', width: 170, className: 'nowrap', render: formatDateTime },
        { title: '变更内容', dataIndex: 'summary' },
        { title: '操作人', dataIndex: 'actorName', width: 120 },
      ]}
    />
  );
}
