import { Descriptions, Empty, Flex, List, Space, Table, Tag, Typography } from 'antd';
import { VEHICLE_TYPES } from '@xiejiu/rules';
import { ScrollablePre } from '../../components/ScrollBox';
import { OutcomeTag } from '../../components/screening/ScreeningResults';
import type {
  VerificationAssetsFieldsFragment,
  VerificationFindingFieldsFragment,
  VerificationIncomeFieldsFragment,
  VerificationProgramResultFieldsFragment,
} from '../../gql/graphql';
import { formatYuan } from '../../utils/money';

/** The figures of a computation or a report (the same types): income, assets, programs' outcomes, 疑点. */

const yuan = (fen: number | null | undefined) => (fen == null ? '—' : `${formatYuan(fen)} 元`);
const LINES = { margin: '4px 0 0', paddingInlineStart: 20, color: 'rgba(0,0,0,0.65)' } as const;
const PRE = { whiteSpace: 'pre-wrap', font: 'inherit', fontSize: 13, color: 'rgba(0,0,0,0.65)' } as const;

/** Explanation lines of the rules engine. */
export function Lines({ lines, testId }: { lines: readonly string[]; testId?: string }) {
  if (!lines.length) return null;
  return (
    <ul style={LINES} data-testid={testId}>
      {lines.map((l, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines of a frozen computation
        <li key={i}>{l}</li>
      ))}
    </ul>
  );
}

/** 家庭收入: per-capita income, monthly income, counted members, by category (counted / excluded), the deduction. */
export function IncomeView({ income }: { income: VerificationIncomeFieldsFragment }) {
  return (
    <Flex vertical gap={8}>
      <Descriptions
        size="small"
        column={3}
        bordered
        styles={{ label: { whiteSpace: 'nowrap' } }}
        items={[
          { key: 'pc', label: '家庭月人均收入', children: <Typography.Text strong>{yuan(income.perCapitaIncomeFen)}</Typography.Text> },
          { key: 'monthly', label: '家庭月收入', children: yuan(income.monthlyIncomeFen) },
          { key: 'counted', label: '计入家庭成员', children: income.countedMembers != null ? `${income.countedMembers} 人` : '—' },
          { key: 'month', label: '收入月份', children: income.month ?? '—' },
          { key: 'ded', label: '就业成本扣减', span: 2, children: yuan(income.deductionFen) },
        ]}
      />
      {income.lines.length > 0 && (
        <Table
          rowKey={(l) => `${l.category}-${l.counted}`}
          size="small"
          pagination={false}
          dataSource={income.lines}
          columns={[
            { title: '收入类别', dataIndex: 'name' },
            { title: '金额（元/月）', dataIndex: 'amountFen', align: 'right', width: 140, render: (v: number) => formatYuan(v) },
            {
              title: '计入',
              dataIndex: 'counted',
              width: 120,
              render: (v: boolean) => (v ? '计入' : <Tag style={{ marginInlineEnd: 0 }}>不计入收入</Tag>),
            },
          ]}
        />
      )}
      <Lines lines={income.explanation} />
    </Flex>
  );
}

/** 家庭财产: financial assets, homes, vehicles (non-exempt in red), business capital. `sourceNames`: dataset → 数据来源. */
export function AssetsView({ assets, sourceNames = {} }: { assets: VerificationAssetsFieldsFragment; sourceNames?: Record<string, string> }) {
  return (
    <Flex vertical gap={8}>
      <Descriptions
        size="small"
        column={3}
        bordered
        styles={{ label: { whiteSpace: 'nowrap' } }}
        items={[
          { key: 'fa', label: '金融资产', children: yuan(assets.financialAssetsFen) },
          { key: 'fapc', label: '人均金融资产', children: yuan(assets.financialAssetsPerCapitaFen) },
          { key: 'homes', label: '住房', children: assets.homeCount != null ? `${assets.homeCount} 套` : '—' },
          {
            key: 'veh',
            label: '机动车辆',
            span: 2,
            children: assets.vehicles.length ? (
              <Space size={6} wrap data-testid="vehicles">
                {assets.vehicles.map((v, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: vehicles of a frozen computation
                  <span key={i}>
                    {v.nameMasked} {VEHICLE_TYPES[v.type] ?? v.type}（{v.source === 'ledger' ? '台账' : (sourceNames[v.source] ?? v.source)}）
                  </span>
                ))}
                {assets.nonExemptVehicles ? <Tag color="red">非豁免车辆 {assets.nonExemptVehicles} 辆</Tag> : null}
              </Space>
            ) : (
              '无'
            ),
          },
          { key: 'biz', label: '经营资本', children: yuan(assets.businessCapitalFen) },
        ]}
      />
      <Lines lines={assets.lines} />
    </Flex>
  );
}

/** Per program: outcome (符合 / 不符合 / 信息不足), estimate, missing facts and the engine's explanation. */
export function ProgramOutcomes({ programs, full }: { programs: readonly VerificationProgramResultFieldsFragment[]; full?: boolean }) {
  if (!programs.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有核算结果" />;
  return (
    <Flex vertical gap={8}>
      {programs.map((p) => (
        <div key={p.code} style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: '8px 12px' }} data-testid="program-outcome">
          <Space size={8} wrap>
            <Typography.Text strong>{p.name}</Typography.Text>
            <OutcomeTag outcome={p.outcome} name={p.outcomeName} />
            {p.estimatedMonthlyFen ? <span>估算 {formatYuan(p.estimatedMonthlyFen)} 元/月</span> : null}
          </Space>
          {p.missingFacts.length > 0 && (
            <Typography.Text type="warning" style={{ display: 'block' }}>
              缺少信息：{p.missingFacts.join('、')}
            </Typography.Text>
          )}
          {p.lines.length > 0 &&
            (full ? (
              <pre style={{ ...PRE, margin: '4px 0 0' }}>{p.lines.join('\n')}</pre>
            ) : (
              <ScrollablePre label={`${p.name}判断过程`} maxHeight={160} style={{ marginTop: 4, background: '#fafafa', padding: '6px 8px', borderRadius: 4 }}>
                <span style={{ fontSize: 13 }}>{p.lines.join('\n')}</span>
              </ScrollablePre>
            ))}
        </div>
      ))}
    </Flex>
  );
}

/** The household's 疑点 of the cross-check engine. */
export function FindingList({ findings }: { findings: readonly VerificationFindingFieldsFragment[] }) {
  if (!findings.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="未发现疑点" />;
  return (
    <List
      size="small"
      bordered
      dataSource={[...findings]}
      renderItem={(f) => (
        <List.Item>
          <Flex vertical gap={2}>
            <Space size={6} wrap>
              <Tag color={f.severity === 'HIGH' ? 'red' : 'orange'}>
                {f.ruleNo}. {f.ruleName}
              </Tag>
              <Typography.Text type="secondary">{f.statusName}</Typography.Text>
            </Space>
            <span>{f.summary}</span>
          </Flex>
        </List.Item>
      )}
    />
  );
}
