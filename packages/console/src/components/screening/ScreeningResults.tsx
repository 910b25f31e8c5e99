import type { CSSProperties } from 'react';
import { Descriptions, Table, Tag } from 'antd';
import type { ScreeningResultFieldsFragment } from '../../gql/graphql';
import { formatYuan } from '../../utils/money';
import { VisuallyHidden } from '../VisuallyHidden';

/** One program's screening result (fragment `ScreeningResultFields`, `screening.graphql.ts`). */
export type ScreeningRow = ScreeningResultFieldsFragment;

/** Tag colour of a screening outcome (ELIGIBLE, INELIGIBLE, INSUFFICIENT, EXCLUDED); INELIGIBLE is plain. */
const OUTCOME_COLORS: Record<string, string | undefined> = { ELIGIBLE: 'green', INELIGIBLE: undefined, INSUFFICIENT: 'orange', EXCLUDED: 'purple' };

/** A screening outcome (符合 / 不符合 / 信息不足 / 互斥排除) as a coloured tag. */
export function OutcomeTag({ outcome, name }: { outcome?: string | null; name: string }) {
  return <Tag color={OUTCOME_COLORS[outcome ?? '']}>{name}</Tag>;
}

const PRE: CSSProperties = { whiteSpace: 'pre-wrap', margin: 0 };

/** Lines of a trace, notes or parameters, one a line; “—” when there are none. */
export function TraceLines({ lines }: { lines: string[] }) {
  return lines.length ? <div style={PRE}>{lines.join('\n')}</div> : <>—</>;
}

/**
 * The reasoning of one result (an expanded row): 判断过程, 备注, 互斥排除, 所用参数. `brief` (the intake
 * table, which has no 缺少信息 column): 判断过程, 缺少信息, 互斥排除 and, when there are any, 备注 on one line.
 */
export function ScreeningDetail({ r, brief = false }: { r: ScreeningRow; brief?: boolean }) {
  const trace = { key: 'trace', label: '判断过程', children: <TraceLines lines={r.trace} /> };
  const excluded = { key: 'excluded', label: '互斥排除', children: r.excludedBy || '—' };
  return (
    <Descriptions
      column={1}
      size="small"
      styles={{ label: { width: 100, verticalAlign: 'top' } }}
      items={
        brief
          ? [
              trace,
              { key: 'missing', label: '缺少信息', children: r.missingFacts.length ? r.missingFacts.join('、') : '—' },
              excluded,
              ...(r.notes.length ? [{ key: 'notes', label: '备注', children: r.notes.join('；') }] : []),
            ]
          : [
              trace,
              { key: 'notes', label: '备注', children: <TraceLines lines={r.notes} /> },
              excluded,
              { key: 'params', label: '所用参数', children: <TraceLines lines={r.parameters} /> },
            ]
      }
    />
  );
}

/**
 * Screening results: one row per program, the reasoning (判断过程) and parameters used on expanding.
 * The owning department is named by the server (`ownerName`).
 */
export function ScreeningResults({ rows, loading }: { rows: ScreeningRow[]; loading?: boolean }) {
  return (
    <Table<ScreeningRow>
      rowKey="programCode"
      size="small"
      loading={loading}
      dataSource={rows}
      pagination={false}
      data-testid="screening-results"
      expandable={{ columnTitle: <VisuallyHidden>判断过程</VisuallyHidden>, expandedRowRender: (r) => <ScreeningDetail r={r} /> }}
      columns={[
        { title: '事项', dataIndex: 'programName' },
        { title: '主管部门', dataIndex: 'ownerName', width: 120, render: (v: string | null, r) => v ?? r.owner },
        { title: '结果', dataIndex: 'outcome', width: 120, render: (_: string, r) => <OutcomeTag outcome={r.outcome} name={r.outcomeName} /> },
        { title: '估算月金额（元）', dataIndex: 'estimatedMonthlyFen', width: 150, align: 'right', render: (v: number | null | undefined) => formatYuan(v) },
        { title: '缺少信息', dataIndex: 'missingFacts', render: (v: string[]) => (v.length ? v.join('、') : '—') },
      ]}
    />
  );
}
