import { useState, type CSSProperties } from 'react';
import { Alert, Button, DatePicker, Descriptions, Flex, Form, Table, Tag, Typography } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useLazyQuery } from '@apollo/client/react';
import { SILENT } from '../../../apollo';
import type { ScreenHouseholdQuery } from '../../../gql/graphql';
import { errorText } from '../../../utils/errors';
import { formatYuan } from '../../../utils/money';
import { SCREEN_HOUSEHOLD } from './screening.graphql';
import type { DetailContext } from './types';

type Row = ScreenHouseholdQuery['screenHousehold'][number];

const OUTCOME_COLORS: Record<string, string | undefined> = {
  ELIGIBLE: 'green',
  INELIGIBLE: undefined,
  INSUFFICIENT: 'orange',
  EXCLUDED: 'purple',
};

const PRE: CSSProperties = { whiteSpace: 'pre-wrap', margin: 0 };

function Lines({ lines }: { lines: string[] }) {
  return lines.length ? <div style={PRE}>{lines.join('\n')}</div> : <>—</>;
}

function ScreeningDetail({ r }: { r: Row }) {
  return (
    <Descriptions
      column={1}
      size="small"
      styles={{ label: { width: 100, verticalAlign: 'top' } }}
      items={[
        { key: 'trace', label: '判断过程', children: <Lines lines={r.trace} /> },
        { key: 'notes', label: '备注', children: <Lines lines={r.notes} /> },
        { key: 'excluded', label: '互斥排除', children: r.excludedBy || '—' },
        { key: 'params', label: '所用参数', children: <Lines lines={r.parameters} /> },
      ]}
    />
  );
}

/** 救助筛查: evaluates every program against the household's ledger facts as of a date. */
export function ScreeningTab({ ctx }: { ctx: DetailContext }) {
  const [asOf, setAsOf] = useState<Dayjs>(() => dayjs());
  const [screen, { data, loading, error, called }] = useLazyQuery(SCREEN_HOUSEHOLD, { fetchPolicy: 'network-only' });
  const rows = data?.screenHousehold ?? [];

  const run = () =>
    void screen({ variables: { householdId: ctx.household.id, asOf: asOf.format('YYYY-MM-DD') }, context: SILENT }).catch(() => undefined);

  return (
    <Flex vertical gap={12}>
      <Flex gap={12} align="center" wrap>
        <Form.Item label="筛查日期" style={{ margin: 0 }}>
          <DatePicker value={asOf} allowClear={false} onChange={(d) => d && setAsOf(d)} />
        </Form.Item>
        <Button type="primary" icon={<SearchOutlined />} loading={loading} onClick={run} data-testid="screen-household">
          筛查
        </Button>
        <Typography.Text type="secondary">按台账现有信息逐项判断，结果仅供参考，以主管部门审核为准。</Typography.Text>
      </Flex>
      {error && <Alert type="error" showIcon title={errorText(error)} />}
      {called && (
        <Table<Row>
          rowKey="programCode"
          size="small"
          loading={loading}
          dataSource={rows}
          pagination={false}
          expandable={{ expandedRowRender: (r) => <ScreeningDetail r={r} /> }}
          columns={[
            { title: '事项', dataIndex: 'programName' },
            { title: '主管部门', dataIndex: 'owner', width: 120 },
            {
              title: '结果',
              dataIndex: 'outcome',
              width: 120,
              render: (_: string, r) => <Tag color={OUTCOME_COLORS[r.outcome]}>{r.outcomeName}</Tag>,
            },
            {
              title: '估算月金额（元）',
              dataIndex: 'estimatedMonthlyFen',
              width: 150,
              align: 'right',
              render: (v: number | null | undefined) => formatYuan(v),
            },
            {
              title: '缺少信息',
              dataIndex: 'missingFacts',
              render: (v: string[]) => (v.length ? v.join('、') : '—'),
            },
          ]}
        />
      )}
    </Flex>
  );
}
