import { Empty, Flex, Table, Typography } from 'antd';
import { enumLabel } from '../../../utils/enums';
import type { BenefitFieldsFragment } from '../../../gql/graphql';
import { formatYuan } from '../../../utils/money';
import { BenefitStatusTag } from '../ledger-ui';

/** 救助记录 — the household's one benefits chain, one table per department. */
export function BenefitsByDepartment({ benefits }: { benefits: readonly BenefitFieldsFragment[] }) {
  if (!benefits.length) return <Empty description="暂无救助记录" image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  const byDepartment = new Map<string, BenefitFieldsFragment[]>();
  for (const b of benefits) byDepartment.set(b.departmentName, [...(byDepartment.get(b.departmentName) ?? []), b]);

  return (
    <Flex vertical gap={20}>
      {[...byDepartment].map(([department, list]) => (
        <div key={department}>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {department}
            <Typography.Text type="secondary" style={{ fontSize: 13, fontWeight: 'normal', marginLeft: 8 }}>
              {list.length} 项
            </Typography.Text>
          </Typography.Title>
          <Table<BenefitFieldsFragment>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={list}
            columns={[
              { title: '救助事项', dataIndex: 'programName' },
              { title: '享受人', dataIndex: 'personName', width: 100, render: (v: string | null) => v ?? '全户' },
              { title: '状态', dataIndex: 'status', width: 90, render: (v: string) => <BenefitStatusTag status={v} /> },
              { title: '月救助金额（元）', dataIndex: 'monthlyAmountFen', width: 140, align: 'right', render: (v: number) => formatYuan(v) },
              { title: '开始日期', dataIndex: 'startDate', width: 110, render: (v: string | null) => v ?? '—' },
              { title: '结束日期', dataIndex: 'endDate', width: 110, render: (v: string | null) => v ?? '—' },
              { title: '来源', dataIndex: 'source', width: 90, render: (v: string) => enumLabel('BenefitSource', v) },
            ]}
          />
        </div>
      ))}
    </Flex>
  );
}
