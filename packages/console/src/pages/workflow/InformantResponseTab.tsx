import { useState } from 'react';
import { Alert, Breadcrumb, Button, DatePicker, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useQuery } from '@apollo/client/react';
import { SILENT } from '../../apollo';
import type { InformantResponseRowFieldsFragment } from '../../gql/graphql';
import { dayjs, formatDateTime, DISPLAY_TZ } from '../../utils/datetime';
import { errorText } from '../../utils/errors';
import { ACCENT } from '../../theme';
import { INFORMANT_RESPONSE } from './workflow.graphql';

type Row = InformantResponseRowFieldsFragment;

const num = (n: number, color?: string) =>
  n ? <span style={{ color, fontWeight: color ? 600 : undefined }}>{n}</span> : <Typography.Text type="secondary">0</Typography.Text>;

/** Working hours as the board shows them: under a working day in hours, else in working days (24 h each). */
export function workTime(hours: number | null | undefined): string {
  if (hours === null || hours === undefined) return '—';
  if (hours < 24) return `${hours.toFixed(1)} 小时`;
  return `${(hours / 24).toFixed(1)} 个工作日`;
}

const today = () => dayjs().tz(DISPLAY_TZ);

/**
 * 督办看板 · 线索响应: informants' reports of a period per town (a town's villages on drill-down), in the viewer's
 * area — received, handled, pending, pending beyond the limit (system setting, working days), average and longest
 * response in working time (the working-day calendar: weekends and holidays do not count).
 */
export function InformantResponseTab() {
  const [range, setRange] = useState<[string, string]>(() => [today().startOf('month').format('YYYY-MM-DD'), today().format('YYYY-MM-DD')]);
  const [town, setTown] = useState<{ code: string; name: string } | null>(null);
  const { data, loading, error } = useQuery(INFORMANT_RESPONSE, {
    variables: { from: range[0], to: range[1], townCode: town?.code ?? null },
    fetchPolicy: 'cache-and-network',
    context: SILENT,
  });
  const board = data?.informantResponse;
  const drill = !town && board?.rows.some((r) => r.areaCode.endsWith('000'));
  const limit = board?.limitDays ?? 1;

  const columns: TableColumnsType<Row> = [
    {
      title: town ? '村（社区）' : '镇街',
      dataIndex: 'areaName',
      ellipsis: true,
      render: (v: string, r) =>
        drill && r.areaCode.endsWith('000') ? (
          <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setTown({ code: r.areaCode, name: v })} aria-label={`${v}：查看各村（社区）`}>
            {v}
          </Button>
        ) : (
          v
        ),
    },
    { title: '收到线索', dataIndex: 'received', width: 84, align: 'right', render: (n: number) => num(n) },
    { title: '已处理', dataIndex: 'handled', width: 72, align: 'right', render: (n: number) => num(n) },
    {
      title: '受理 / 不予受理',
      key: 'outcome',
      width: 120,
      align: 'right',
      render: (_, r) => (r.handled ? `${r.confirmed} / ${r.rejected}` : <Typography.Text type="secondary">—</Typography.Text>),
    },
    { title: '待处理', dataIndex: 'pending', width: 72, align: 'right', render: (n: number) => num(n, ACCENT.primary) },
    { title: '超时未处理', dataIndex: 'pendingOverdue', width: 96, align: 'right', render: (n: number) => num(n, ACCENT.danger) },
    { title: '超时处理', dataIndex: 'handledLate', width: 84, align: 'right', render: (n: number) => num(n, ACCENT.warning) },
    { title: '平均响应', dataIndex: 'avgResponseHours', width: 100, align: 'right', render: (h: number | null) => workTime(h) },
    { title: '最长响应', dataIndex: 'maxResponseHours', width: 100, align: 'right', render: (h: number | null) => workTime(h) },
    { title: '最久待处理', dataIndex: 'oldestPendingHours', width: 100, align: 'right', render: (h: number | null) => workTime(h) },
  ];

  return (
    <Flex vertical gap={12} data-testid="informant-response">
      <Flex gap={12} align="center" wrap>
        <label htmlFor="informant-response-range">报送日期</label>
        <DatePicker.RangePicker
          id={{ start: 'informant-response-range' }}
          allowClear={false}
          value={[dayjs(range[0]), dayjs(range[1])]}
          disabledDate={(d) => d.isAfter(today(), 'day')}
          onChange={(v) => {
            if (v?.[0] && v[1]) setRange([v[0].format('YYYY-MM-DD'), v[1].format('YYYY-MM-DD')]);
          }}
          presets={[
            { label: '本月', value: [today().startOf('month'), today()] },
            { label: '上月', value: [today().subtract(1, 'month').startOf('month'), today().subtract(1, 'month').endOf('month')] },
            { label: '近 30 天', value: [today().subtract(29, 'day'), today()] },
            { label: '今年', value: [today().startOf('year'), today()] },
          ]}
        />
        {town && (
          <Breadcrumb
            items={[
              {
                title: (
                  <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setTown(null)}>
                    全部镇街
                  </Button>
                ),
              },
              { title: town.name },
            ]}
          />
        )}
        <Typography.Text type="secondary" style={{ marginLeft: 'auto' }}>
          响应时限 {limit} 个工作日 · 按工作日日历计时（周末、节假日不计）{board ? ` · 统计至 ${formatDateTime(board.asOf)}` : ''}
        </Typography.Text>
      </Flex>
      {error && <Alert type="error" showIcon title={errorText(error)} />}
      <Table<Row>
        rowKey="areaCode"
        size="small"
        loading={loading && !board}
        pagination={false}
        dataSource={board?.rows ?? []}
        columns={columns}
        summary={() =>
          board && board.rows.length > 1 ? (
            <Table.Summary.Row style={{ fontWeight: 600 }}>
              {columns.map((c, i) => {
                const t = board.total;
                const key = (c as { dataIndex?: keyof Row }).dataIndex ?? (c.key as string);
                const value =
                  i === 0
                    ? '合计'
                    : key === 'outcome'
                      ? t.handled
                        ? `${t.confirmed} / ${t.rejected}`
                        : '—'
                      : String(key).endsWith('Hours')
                        ? workTime(t[key as keyof Row] as number | null)
                        : (t[key as keyof Row] as number);
                return (
                  <Table.Summary.Cell key={String(key)} index={i} align={i === 0 ? undefined : 'right'}>
                    {value}
                  </Table.Summary.Cell>
                );
              })}
            </Table.Summary.Row>
          ) : null
        }
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        响应时长：从信息员报送到窗口首次处理（确认受理或不予受理）的工作时间；待处理的线索算到统计时点。响应时限在“系统设置”中调整（信息员线索响应时限）。
      </Typography.Text>
    </Flex>
  );
}
