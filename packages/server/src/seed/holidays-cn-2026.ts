import type { DayOverride } from '@xiejiu/rules';

/**
 * The State Council's holiday arrangement for 2026 (法定节假日与调休上班), seeded into `calendar_day` by
 * migration Migration20261129141000Calendar. Copied from the published notice; the product never
 * reads it from anywhere else. Later years are entered by a system administrator on the 节假日日历
 * page (or added here with a new migration once published).
 */
export interface HolidaySeed {
  year: number;
  source: string;
  note: string;
  days: DayOverride[];
}

export const HOLIDAYS_CN_2026: HolidaySeed = {
  year: 2026,
  source: '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社发布）',
  note: 'Days off (HOLIDAY) and make-up working days (WORKDAY) that override the Mon–Fri rule. The 2027 arrangement had not been published when this file was written: system administrators enter it on the 节假日日历 page.',
  days: [
    { date: '2026-01-01', kind: 'HOLIDAY', name: '元旦' }, // 周四
    { date: '2026-01-02', kind: 'HOLIDAY', name: '元旦' }, // 周五
    { date: '2026-01-03', kind: 'HOLIDAY', name: '元旦' }, // 周六
    { date: '2026-01-04', kind: 'WORKDAY', name: '元旦调休上班' }, // 周日
    { date: '2026-02-14', kind: 'WORKDAY', name: '春节调休上班' }, // 周六
    { date: '2026-02-15', kind: 'HOLIDAY', name: '春节' }, // 周日
    { date: '2026-02-16', kind: 'HOLIDAY', name: '春节' }, // 周一
    { date: '2026-02-17', kind: 'HOLIDAY', name: '春节' }, // 周二
    { date: '2026-02-18', kind: 'HOLIDAY', name: '春节' }, // 周三
    { date: '2026-02-19', kind: 'HOLIDAY', name: '春节' }, // 周四
    { date: '2026-02-20', kind: 'HOLIDAY', name: '春节' }, // 周五
    { date: '2026-02-21', kind: 'HOLIDAY', name: '春节' }, // 周六
    { date: '2026-02-22', kind: 'HOLIDAY', name: '春节' }, // 周日
    { date: '2026-02-23', kind: 'HOLIDAY', name: '春节' }, // 周一
    { date: '2026-02-28', kind: 'WORKDAY', name: '春节调休上班' }, // 周六
    { date: '2026-04-04', kind: 'HOLIDAY', name: '清明节' }, // 周六
    { date: '2026-04-05', kind: 'HOLIDAY', name: '清明节' }, // 周日
    { date: '2026-04-06', kind: 'HOLIDAY', name: '清明节' }, // 周一
    { date: '2026-05-01', kind: 'HOLIDAY', name: '劳动节' }, // 周五
    { date: '2026-05-02', kind: 'HOLIDAY', name: '劳动节' }, // 周六
    { date: '2026-05-03', kind: 'HOLIDAY', name: '劳动节' }, // 周日
    { date: '2026-05-04', kind: 'HOLIDAY', name: '劳动节' }, // 周一
    { date: '2026-05-05', kind: 'HOLIDAY', name: '劳动节' }, // 周二
    { date: '2026-05-09', kind: 'WORKDAY', name: '劳动节调休上班' }, // 周六
    { date: '2026-06-19', kind: 'HOLIDAY', name: '端午节' }, // 周五
    { date: '2026-06-20', kind: 'HOLIDAY', name: '端午节' }, // 周六
    { date: '2026-06-21', kind: 'HOLIDAY', name: '端午节' }, // 周日
    { date: '2026-09-20', kind: 'WORKDAY', name: '国庆节调休上班' }, // 周日
    { date: '2026-09-25', kind: 'HOLIDAY', name: '中秋节' }, // 周五
    { date: '2026-09-26', kind: 'HOLIDAY', name: '中秋节' }, // 周六
    { date: '2026-09-27', kind: 'HOLIDAY', name: '中秋节' }, // 周日
    { date: '2026-10-01', kind: 'HOLIDAY', name: '国庆节' }, // 周四
    { date: '2026-10-02', kind: 'HOLIDAY', name: '国庆节' }, // 周五
    { date: '2026-10-03', kind: 'HOLIDAY', name: '国庆节' }, // 周六
    { date: '2026-10-04', kind: 'HOLIDAY', name: '国庆节' }, // 周日
    { date: '2026-10-05', kind: 'HOLIDAY', name: '国庆节' }, // 周一
    { date: '2026-10-06', kind: 'HOLIDAY', name: '国庆节' }, // 周二
    { date: '2026-10-07', kind: 'HOLIDAY', name: '国庆节' }, // 周三
    { date: '2026-10-10', kind: 'WORKDAY', name: '国庆节调休上班' }, // 周六
  ],
};
