import { DAY_OVERRIDE_KIND_NAMES, isoWeekday } from '@xiejiu/rules';
import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GqlContext } from '../../graphql/gql-context';
import { Permission } from '../auth/permissions';
import * as calendar from './calendar.service';
import { CalendarDayType, CalendarYearType, DayKindEnum, WorkingDayInfoType } from './calendar.types';

function dayView(row: calendar.CalendarDayRow): CalendarDayType {
  return { ...row, kind: row.kind as DayKindEnum, kindName: DAY_OVERRIDE_KIND_NAMES[row.kind], weekday: isoWeekday(row.date) };
}

@Resolver()
export class CalendarResolver {
  @Authorized(Permission.Authenticated)
  @Query(() => CalendarYearType, { description: '一年的法定节假日和调休上班日' })
  async calendarDays(@Ctx() { ctx }: GqlContext, @Arg('year', () => Int) year: number): Promise<CalendarYearType> {
    const y = await calendar.calendarYear(ctx, year);
    return { ...y, days: y.days.map(dayView) };
  }

  @Authorized(Permission.Authenticated)
  @Query(() => WorkingDayInfoType, { description: '两个日期之间的工作日数（不含 from，含 to）' })
  workingDayInfo(@Ctx() { ctx }: GqlContext, @Arg('from') from: string, @Arg('to') to: string) {
    return calendar.workingDayInfo(ctx, from, to);
  }

  @Authorized(Permission.CalendarManage)
  @Mutation(() => CalendarDayType, { description: '设置法定节假日或调休上班（已有则修改，记入操作日志）' })
  async setCalendarDay(
    @Ctx() { ctx }: GqlContext,
    @Arg('date') date: string,
    @Arg('kind', () => DayKindEnum) kind: DayKindEnum,
    @Arg('name') name: string,
  ): Promise<CalendarDayType> {
    return dayView(await calendar.setCalendarDay(ctx, { date, kind, name }));
  }

  @Authorized(Permission.CalendarManage)
  @Mutation(() => Boolean, { description: '删除某日的节假日或调休安排（恢复按周一至周五，记入操作日志）' })
  removeCalendarDay(@Ctx() { ctx }: GqlContext, @Arg('date') date: string) {
    return calendar.removeCalendarDay(ctx, date);
  }
}
