import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum DayKindEnum {
  HOLIDAY = 'HOLIDAY',
  WORKDAY = 'WORKDAY',
}
registerEnumType(DayKindEnum, {
  name: 'DayKind',
  description: '节假日安排的类型',
  valuesConfig: { HOLIDAY: { description: '法定节假日（周一至周五放假）' }, WORKDAY: { description: '调休上班（周六、周日上班）' } },
});

@ObjectType('CalendarDay', { description: '节假日或调休上班的一天（其余日期按周一至周五上班）' })
export class CalendarDayType {
  @Field({ description: 'YYYY-MM-DD' }) date!: string;
  @Field(() => DayKindEnum) kind!: DayKindEnum;
  @Field({ description: '法定节假日 / 调休上班' }) kindName!: string;
  @Field({ description: '如“春节”“国庆节调休上班”' }) name!: string;
  @Field(() => Int, { description: '1 = 周一 … 7 = 周日' }) weekday!: number;
  @Field({ description: '来源：国务院办公厅通知或系统管理员录入' }) source!: string;
  @Field() updatedByName!: string;
  @Field() updatedAt!: Date;
}

@ObjectType('CalendarYear', { description: '一年的节假日安排' })
export class CalendarYearType {
  @Field(() => Int) year!: number;
  @Field({ description: '该年是否已录入节假日安排' }) hasYear!: boolean;
  @Field(() => [CalendarDayType]) days!: CalendarDayType[];
  @Field(() => [Int], { description: '今年和明年中尚未录入节假日安排的年份（应提醒管理员录入）' }) missingYears!: number[];
}

@ObjectType('WorkingDayInfo', { description: '两个日期之间的工作日数' })
export class WorkingDayInfoType {
  @Field() from!: string;
  @Field() to!: string;
  @Field(() => Int, { description: '(from, to] 内的工作日数：不含 from，含 to' }) workingDays!: number;
  @Field(() => Int) calendarDays!: number;
  @Field() toIsWorkingDay!: boolean;
  @Field(() => String, { nullable: true, description: 'to 的节假日或调休名称' }) toDayName!: string | null;
  @Field(() => [Int]) missingYears!: number[];
}
