import { Alert, AutoComplete, DatePicker, Form, InputNumber, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { addDays, isoWeekday } from '@xiejiu/rules';
import { FormModal } from '../../components/FormModal';
import type { CalendarDayFieldsFragment, DayKind } from '../../gql/graphql';
import { dayjs } from '../../utils/datetime';

export interface CalendarDayFormValues {
  date: Dayjs;
  /** Consecutive days from `date` (adding holidays only). */
  days?: number;
  kind: DayKind;
  name: string;
}

/** What the form is opened on: an existing entry (edit) or a date to start from (add). */
export type CalendarDayTarget = { entry: CalendarDayFieldsFragment } | { date?: string; kind?: DayKind };

export const KIND = { Holiday: 'HOLIDAY', Workday: 'WORKDAY' } as const satisfies Record<string, DayKind>;

const HOLIDAY_NAMES = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'];
const WEEKDAY_NAMES = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];

export const weekdayName = (date: string) => WEEKDAY_NAMES[isoWeekday(date)];

/** The dates a submitted form covers, as 'YYYY-MM-DD'. */
export function formDates(v: CalendarDayFormValues): string[] {
  const first = v.date.format('YYYY-MM-DD');
  const n = v.kind === KIND.Holiday ? Math.max(1, v.days ?? 1) : 1;
  return Array.from({ length: n }, (_, i) => addDays(first, i));
}

export function CalendarDayFormModal(props: {
  open: boolean;
  target?: CalendarDayTarget;
  /** Entries already recorded, by date (to say that saving replaces one). */
  existing: ReadonlyMap<string, CalendarDayFieldsFragment>;
  onCancel: () => void;
  onSubmit: (values: CalendarDayFormValues) => Promise<unknown>;
}) {
  const entry = props.target && 'entry' in props.target ? props.target.entry : undefined;
  const start = props.target && !('entry' in props.target) ? props.target : undefined;
  const initialValues: Partial<CalendarDayFormValues> = entry
    ? { date: dayjs(entry.date), kind: entry.kind, name: entry.name, days: 1 }
    : { date: start?.date ? dayjs(start.date) : undefined, kind: start?.kind ?? KIND.Holiday, days: 1 };
  return (
    <FormModal<CalendarDayFormValues>
      open={props.open}
      title={entry ? `修改 ${entry.date}（${weekdayName(entry.date)}）` : '新增节假日或调休'}
      okText="保存"
      initialValues={initialValues}
      onCancel={props.onCancel}
      onSubmit={props.onSubmit}
    >
      {(form) => (
        <>
          <Form.Item name="kind" label="类型" rules={[{ required: true, message: '请选择类型' }]}>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={[
                { value: KIND.Holiday, label: '法定节假日' },
                { value: KIND.Workday, label: '调休上班' },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="date"
            label={entry ? '日期' : '日期（连续放假时为第一天）'}
            dependencies={['kind']}
            rules={[
              { required: true, message: '请选择日期' },
              {
                validator: async (_, d?: Dayjs) => {
                  if (d && form.getFieldValue('kind') === KIND.Workday && isoWeekday(d.format('YYYY-MM-DD')) < 6) {
                    throw new Error('周一至周五本来就是工作日，只有周六、周日才需要设为调休上班');
                  }
                },
              },
            ]}
          >
            <DatePicker style={{ width: '100%' }} disabled={!!entry} format="YYYY-MM-DD（dd）" />
          </Form.Item>
          <Form.Item noStyle dependencies={['kind']}>
            {() =>
              !entry && form.getFieldValue('kind') === KIND.Holiday ? (
                <Form.Item name="days" label="连续天数" extra="如春节连休 9 天：选第一天，填 9" rules={[{ required: true, message: '请填写天数' }]}>
                  <InputNumber min={1} max={15} precision={0} style={{ width: 120 }} suffix="天" />
                </Form.Item>
              ) : null
            }
          </Form.Item>
          <Form.Item noStyle dependencies={['kind']}>
            {() => {
              const workday = form.getFieldValue('kind') === KIND.Workday;
              return (
                <Form.Item
                  name="name"
                  label="名称"
                  rules={[
                    { required: true, whitespace: true, message: '请填写名称' },
                    { max: 20, message: '名称不超过 20 个字' },
                  ]}
                >
                  <AutoComplete
                    placeholder={workday ? '如：国庆节调休上班' : '如：春节'}
                    options={HOLIDAY_NAMES.map((n) => ({ value: workday ? `${n}调休上班` : n }))}
                    filterOption={(input, option) => !!option && option.value.includes(input) && option.value !== input}
                  />
                </Form.Item>
              );
            }}
          </Form.Item>
          <Form.Item noStyle dependencies={['date', 'days', 'kind']}>
            {() => {
              if (entry) return null;
              const v = form.getFieldsValue() as CalendarDayFormValues;
              if (!v.date) return null;
              const replaced = formDates(v).filter((d) => props.existing.has(d));
              if (!replaced.length) return null;
              return <Alert type="info" showIcon title={`已有安排将被替换：${replaced.map((d) => `${d} ${props.existing.get(d)!.name}`).join('、')}`} />;
            }}
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
