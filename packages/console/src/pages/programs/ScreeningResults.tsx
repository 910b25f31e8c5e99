import type { CSSProperties } from 'react';
import { Descriptions, Table, Tag } from 'antd';
import { useQuery } from '@apollo/client/react';
import { SILENT } from '../../apollo';
import { DEPARTMENT_OPTIONS } from '../../components/reference.graphql';
import type { ScreenFactsQuery } from '../../gql/graphql';
import { formatYuan } from '../../utils/money';

export type ScreeningRow = ScreenFactsQuery['screenFacts'][number];

const OUTCOME_COLORS: Record<string, string | undefined> = { ELIGIBLE: 'green', INELIGIBLE: undefined, INSUFFICIENT: 'orange', EXCLUDED: 'purple' };
const PRE: CSSProperties = { whiteSpace: 'pre-wrap', margin: 0 };

function Lines({ lines }: { lines: string[] }) {
  return lines.length ? <div style={PRE}>{lines.join('\n')}</div> : <>—</>;
}

/** Screening results: one row per program, the reasons (判断过程) and parameters used on expanding. */
export function ScreeningResults({ rows, loading }: { rows: ScreeningRow[]; loading?: boolean }) {
  const depts = useQuery(DEPARTMENT_OPTIONS, { context: SILENT });
  const deptName = new Map((depts.data?.departments.items ?? []).map((d) => [d.code, d.shortName || d.name]));
  return (
    <Table<ScreeningRow>
      rowKey="programCode"
      size="small"
      loading={loading}
      dataSource={rows}
      pagination={false}
      data-testid="screening-results"
      expandable={{
        expandedRowRender: (r) => (
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
        ),
      }}
      columns={[
        { title: '事项', dataIndex: 'programName' },
        { title: '主管部门', dataIndex: 'owner', width: 120, render: (v: string) => deptName.get(v) ?? v },
        { title: '结果', dataIndex: 'outcome', width: 120, render: (_: string, r) => <Tag color={OUTCOME_COLORS[r.outcome]}>{r.outcomeName}</Tag> },
        { title: '估算月金额（元）', dataIndex: 'estimatedMonthlyFen', width: 150, align: 'right', render: (v: number | null | undefined) => formatYuan(v) },
        { title: '缺少信息', dataIndex: 'missingFacts', render: (v: string[]) => (v.length ? v.join('、') : '—') },
      ]}
    />
  );
}
