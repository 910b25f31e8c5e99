import { Descriptions, Space, Tag, Typography, type DescriptionsProps } from 'antd';
import { enumLabel } from '../../../utils/enums';
import { TierTag, villageAndGroup } from '../ledger-ui';
import { MaskedValue } from './UnmaskModal';
import type { DetailContext } from './types';

/** The household at a glance; the shared view shows only what every department may see. */
export function HouseholdHeader({ ctx }: { ctx: DetailContext }) {
  const h = ctx.household;
  const full = h.access === 'FULL';
  const items: DescriptionsProps['items'] = [
    { key: 'head', label: '户主', children: h.headName ?? <Typography.Text type="warning">未指定</Typography.Text> },
    { key: 'count', label: '人数', children: h.memberCount ?? h.members.length },
    { key: 'village', label: '村社/组', children: villageAndGroup(h) },
    ...(full
      ? [
          { key: 'address', label: '地址', span: 2, children: h.address ?? '—' },
          { key: 'residence', label: '城乡', children: enumLabel('ResidenceType', h.residenceType) || '—' },
        ]
      : []),
    {
      key: 'tier',
      label: '层级',
      span: 2,
      children: (
        <Space size={8} wrap>
          <TierTag tier={h.tier} />
          {h.tier && <Typography.Text type="secondary">{h.tierReason}</Typography.Text>}
        </Space>
      ),
    },
    ...(full
      ? [
          {
            key: 'phone',
            label: '联系电话',
            children: (
              <MaskedValue
                masked={h.phoneMasked}
                allowed={ctx.canUnmask}
                linkText="查看"
                target={{ field: 'PHONE', householdId: h.id, subject: '家庭联系电话' }}
              />
            ),
          },
        ]
      : []),
    ...(h.status && h.status !== 'ACTIVE' ? [{ key: 'status', label: '状态', children: <Tag color="default">已注销</Tag> }] : []),
  ];
  return <Descriptions size="small" column={3} items={items} />;
}
