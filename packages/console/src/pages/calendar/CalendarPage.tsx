import { useMemo, useState, type CSSProperties } from 'react';
import { Alert, App, Button, Col, Empty, Flex, Popconfirm, Radio, Row, Spin, Table, Tag, Tooltip, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { addDays, isoWeekday } from '@xiejiu/rules';
import { SILENT } from '../../apollo';
import { useCan } from '../../auth/CurrentUserContext';
import { ContentCard, PageContainer } from '../../components/PageContainer';
import { ExportButton } from '../../components/ExportButton';
import { useDialog } from '../../components/useDialog';
import type { CalendarDayFieldsFragment, DayKind } from '../../gql/graphql';
import { dayjs, DISPLAY_TZ, formatDateTime } from '../../utils/datetime';
import { errorText } from '../../utils/errors';
import { CALENDAR_DAYS, REMOVE_CALENDAR_DAY, SET_CALENDAR_DAY } from './calendar.graphql';
import { CalendarDayFormModal, formDates, KIND, weekdayName, type CalendarDayFormValues, type CalendarDayTarget } from './CalendarDayFormModal';
import { ACCENT } from '../../theme';
import styles from './calendar.module.css';
import { emptyText } from '../../components/emptyText';

type Day = CalendarDayFieldsFragment;

const COLORS = {
  holiday: { background: '#fff1f0', color: '#cf1322', border: '#ffa39e' },
  workday: { background: '#e6f4ff', color: '#0958d9', border: '#91caff' },
};

const kindTag = (d: Day) => <Tag color={d.kind === KIND.Holiday ? 'red' : 'blue'}>{d.kindName}</Tag>;

/** Consecutive days with the same kind and name, for the summary line: 春节 2月15日—2月23日（9 天）. */
function periods(days: Day[]): Array<{ kind: DayKind; name: string; from: string; to: string; count: number }> {
  const out: Array<{ kind: DayKind; name: string; from: string; to: string; count: number }> = [];
  for (const d of days) {
    const last = out[out.length - 1];
    if (last && last.kind === d.kind && last.name === d.name && addDays(last.to, 1) === d.date) {
      last.to = d.date;
      last.count++;
    } else out.push({ kind: d.kind, name: d.name, from: d.date, to: d.date, count: 1 });
  }
  return out;
}

const md = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

export default function CalendarPage() {
  const canManage = useCan()('CALENDAR_MANAGE');
  const { message } = App.useApp();
  const thisYear = Number(dayjs().tz(DISPLAY_TZ).format('YYYY'));
  const today = dayjs().tz(DISPLAY_TZ).format('YYYY-MM-DD');
  const [year, setYear] = useState(thisYear);
  const [view, setView] = useState<'month' | 'list'>('month');
  const dialog = useDialog<CalendarDayTarget>();
  const { data, loading, refetch } = useQuery(CALENDAR_DAYS, { variables: { year }, fetchPolicy: 'cache-and-network' });
  const [setDay] = useMutation(SET_CALENDAR_DAY);
  const [removeDay] = useMutation(REMOVE_CALENDAR_DAY);

  const cal = data?.calendarDays.year === year ? data.calendarDays : undefined;
  const days = useMemo(() => cal?.days ?? [], [cal]);
  const byDate = useMemo(() => new Map(days.map((d) => [d.date, d])), [days]);
  const missing = data?.calendarDays.missingYears ?? [];

  const submit = async (v: CalendarDayFormValues) => {
    const dates = formDates(v);
    for (const date of dates) await setDay({ variables: { date, kind: v.kind, name: v.name.trim() }, context: SILENT });
    message.success(dates.length > 1 ? `已保存 ${dates.length} 天：${dates[0]} 至 ${dates[dates.length - 1]}` : `已保存 ${dates[0]}`);
    dialog.close();
    await refetch();
  };

  const remove = async (d: Day) => {
    try {
      await removeDay({ variables: { date: d.date }, context: SILENT });
      message.success(`已删除 ${d.date} ${d.name}`);
      await refetch();
    } catch (e) {
      message.error(errorText(e));
    }
  };

  const openDate = (date: string) => {
    const entry = byDate.get(date);
    if (entry) dialog.open({ entry });
    else dialog.open({ date, kind: isoWeekday(date) >= 6 ? KIND.Workday : KIND.Holiday });
  };

  const years = [thisYear - 1, thisYear, thisYear + 1, thisYear + 2];
  const summary = periods(days);

  return (
    <PageContainer
      title="节假日日历"
      extra={
        <Flex gap={12} wrap align="center">
          <Radio.Group
            aria-label="年份"
            optionType="button"
            value={year}
            onChange={(e) => setYear(e.target.value as number)}
            options={years.map((y) => ({ value: y, label: `${y} 年` }))}
          />
          <Radio.Group
            aria-label="视图"
            optionType="button"
            value={view}
            onChange={(e) => setView(e.target.value as 'month' | 'list')}
            options={[
              { value: 'month', label: '月历' },
              { value: 'list', label: '列表' },
            ]}
          />
          <ExportButton list="CALENDAR_DAYS" filter={{ year }} />
          {canManage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => dialog.open({ date: year === thisYear ? undefined : `${year}-01-01` })}>
              新增
            </Button>
          )}
        </Flex>
      }
    >
      {missing.map((y) => (
        <Alert
          key={y}
          type="warning"
          showIcon
          title={`${y} 年节假日安排尚未录入`}
          description="国务院办公厅发布当年节假日安排通知后，请在此录入法定节假日和调休上班日。未录入的年份按周一至周五计算工作日，办理时限可能不准确。"
          action={
            y !== year ? (
              <Button size="small" onClick={() => setYear(y)}>
                查看 {y} 年
              </Button>
            ) : undefined
          }
        />
      ))}
      <ContentCard
        title={
          <Flex gap={12} align="center" wrap>
            <span>{year} 年</span>
            {cal && (
              <Typography.Text type="secondary" style={{ fontWeight: 'normal', fontSize: 13 }}>
                法定节假日 {days.filter((d) => d.kind === KIND.Holiday).length} 天 · 调休上班 {days.filter((d) => d.kind === KIND.Workday).length} 天
                {days.length > 0 && ` · 来源：${[...new Set(days.map((d) => d.source))].join('；')}`}
              </Typography.Text>
            )}
          </Flex>
        }
        extra={<Legend />}
      >
        <Spin spinning={loading && !cal}>
          {summary.length > 0 && (
            <Flex gap={8} wrap style={{ marginBottom: 16 }} aria-label="假期安排">
              {summary.map((p) => (
                <Tag key={p.from} color={p.kind === KIND.Holiday ? 'red' : 'blue'} variant="outlined">
                  {p.name} {md(p.from)}
                  {p.count > 1 ? `—${md(p.to)}（${p.count} 天）` : `（${weekdayName(p.from)}）`}
                </Tag>
              ))}
            </Flex>
          )}
          {cal && !cal.hasYear && (
            <Empty
              style={{ margin: '8px 0 24px' }}
              description={`${year} 年尚无节假日安排，目前按周一至周五计算工作日${canManage ? '，点击日期或“新增”录入' : ''}`}
            />
          )}
          {view === 'month' ? (
            <Row gutter={[16, 16]}>
              {Array.from({ length: 12 }, (_, m) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the twelve months, by position
                <Col key={m} xs={24} sm={12} lg={8} xxl={6}>
                  <MonthGrid year={year} month={m + 1} byDate={byDate} today={today} onPick={canManage ? openDate : undefined} />
                </Col>
              ))}
            </Row>
          ) : (
            <Table<Day>
              rowKey="date"
              size="middle"
              dataSource={days}
              pagination={false}
              locale={{ emptyText: emptyText(`${year} 年尚无节假日安排`) }}
              columns={[
                { title: '日期', dataIndex: 'date', width: 120 },
                { title: '星期', dataIndex: 'date', key: 'weekday', width: 70, render: (d: string) => weekdayName(d) },
                { title: '类型', dataIndex: 'kind', width: 110, render: (_: unknown, d: Day) => kindTag(d) },
                { title: '名称', dataIndex: 'name' },
                { title: '来源', dataIndex: 'source', ellipsis: true },
                { title: '修改人', dataIndex: 'updatedByName', width: 140 },
                { title: '修改时间', dataIndex: 'updatedAt', width: 170, className: 'nowrap', render: formatDateTime },
                ...(canManage
                  ? [
                      {
                        title: '操作',
                        key: 'actions',
                        width: 120,
                        render: (_: unknown, d: Day) => (
                          <Flex gap={4}>
                            <Button type="link" size="small" onClick={() => dialog.open({ entry: d })}>
                              修改
                            </Button>
                            <Popconfirm
                              title={`删除 ${d.date} ${d.name}？`}
                              description="删除后该日按周一至周五的规则计算是否上班。"
                              okText="删除"
                              okButtonProps={{ danger: true }}
                              onConfirm={() => remove(d)}
                            >
                              <Button type="link" size="small" danger>
                                删除
                              </Button>
                            </Popconfirm>
                          </Flex>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          )}
        </Spin>
      </ContentCard>
      <CalendarDayFormModal open={dialog.isOpen} target={dialog.target} existing={byDate} onCancel={dialog.close} onSubmit={submit} />
    </PageContainer>
  );
}

function Legend() {
  const box = (c: { background: string; border: string }): CSSProperties => ({
    display: 'inline-block',
    width: 14,
    height: 14,
    borderRadius: 3,
    background: c.background,
    border: `1px solid ${c.border}`,
    verticalAlign: -2,
    marginRight: 4,
  });
  return (
    <Flex gap={16} style={{ fontSize: 13 }}>
      <span>
        <span style={box(COLORS.holiday)} />
        法定节假日（休）
      </span>
      <span>
        <span style={box(COLORS.workday)} />
        调休上班（班）
      </span>
      <span>
        <span style={box({ background: '#fafafa', border: '#f0f0f0' })} />
        周末
      </span>
    </Flex>
  );
}

const HEAD = ['一', '二', '三', '四', '五', '六', '日'];

/** One month, Monday first; holidays red with 休, make-up workdays blue with 班. */
function MonthGrid(props: { year: number; month: number; byDate: ReadonlyMap<string, Day>; today: string; onPick?: (date: string) => void }) {
  const { year, month, byDate, today, onPick } = props;
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  const lead = isoWeekday(first) - 1;
  const cells: Array<string | null> = Array.from({ length: lead }, () => null);
  for (let d = first; d.slice(5, 7) === first.slice(5, 7); d = addDays(d, 1)) cells.push(d);
  while (cells.length % 7) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
  return (
    <div style={{ border: '1px solid #f0f0f0', borderRadius: 8, padding: '8px 10px' }}>
      <Typography.Text strong>{month} 月</Typography.Text>
      <table style={{ width: '100%', borderCollapse: 'separate', borderSpacing: 2, marginTop: 4, tableLayout: 'fixed' }} aria-label={`${year} 年 ${month} 月`}>
        <thead>
          <tr>
            {HEAD.map((h, i) => (
              <th key={h} style={{ fontWeight: 'normal', fontSize: 12, color: i >= 5 ? '#737373' : '#595959', padding: 2 }}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((w, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the weeks of a month, by position
            <tr key={i}>
              {w.map((date, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the days of a week (some empty), by position
                <td key={j} style={{ padding: 0 }}>
                  {date && <DayCell date={date} entry={byDate.get(date)} weekend={j >= 5} today={date === today} onPick={onPick} />}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function DayCell(props: { date: string; entry?: Day; weekend: boolean; today: boolean; onPick?: (date: string) => void }) {
  const { date, entry, weekend, today, onPick } = props;
  const c = entry ? (entry.kind === KIND.Holiday ? COLORS.holiday : COLORS.workday) : null;
  const style: CSSProperties = {
    position: 'relative',
    width: '100%',
    height: 30,
    padding: 0,
    borderRadius: 4,
    font: 'inherit',
    fontSize: 13,
    cursor: onPick ? 'pointer' : 'default',
    background: c ? c.background : weekend ? '#fafafa' : 'transparent',
    color: c ? c.color : weekend ? '#666' : '#333',
    border: today ? `1px solid ${ACCENT.primary}` : c ? `1px solid ${c.border}` : '1px solid transparent',
    fontWeight: c ? 600 : 'normal',
  };
  // "10月1日（周四）国庆节，法定节假日": the visible day number is part of the name (the grid's
  // table names the year)
  const day = Number(date.slice(8, 10));
  const label = `${Number(date.slice(5, 7))}月${day}日（${weekdayName(date)}）${entry ? `${entry.name}，${entry.kindName}` : weekend ? '周末' : '工作日'}`;
  const mark = entry ? { className: styles.mark, 'data-mark': entry.kind === KIND.Holiday ? '休' : '班' } : {};
  const cell = onPick ? (
    <button type="button" style={style} aria-label={label} onClick={() => onPick(date)} {...mark}>
      {day}
    </button>
  ) : (
    <div role="img" style={{ ...style, display: 'flex', alignItems: 'center', justifyContent: 'center' }} aria-label={label} {...mark}>
      {day}
    </div>
  );
  return entry ? <Tooltip title={`${entry.name}（${entry.kindName}）`}>{cell}</Tooltip> : cell;
}
