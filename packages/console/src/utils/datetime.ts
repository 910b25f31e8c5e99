import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import 'dayjs/locale/zh-cn';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.locale('zh-cn');

/** All timestamps are shown in China Standard Time, whatever the browser's zone. */
export const DISPLAY_TZ = 'Asia/Shanghai';

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  const d = dayjs(value);
  return d.isValid() ? d.tz(DISPLAY_TZ).format('YYYY-MM-DD HH:mm:ss') : '—';
}

export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const d = dayjs(value);
  return d.isValid() ? d.tz(DISPLAY_TZ).format('YYYY-MM-DD') : '—';
}

export function isFuture(value: string | null | undefined): boolean {
  return !!value && dayjs(value).isAfter(dayjs());
}

export { dayjs };
