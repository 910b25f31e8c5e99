import { graphql } from '../../gql';

export const CALENDAR_DAY_FIELDS = graphql(`
  fragment CalendarDayFields on CalendarDay {
    date
    kind
    kindName
    name
    weekday
    source
    updatedByName
    updatedAt
  }
`);

export const CALENDAR_DAYS = graphql(`
  query CalendarDays($year: Int!) {
    calendarDays(year: $year) {
      year
      hasYear
      missingYears
      days {
        ...CalendarDayFields
      }
    }
  }
`);

export const SET_CALENDAR_DAY = graphql(`
  mutation SetCalendarDay($date: String!, $kind: DayKind!, $name: String!) {
    setCalendarDay(date: $date, kind: $kind, name: $name) {
      ...CalendarDayFields
    }
  }
`);

export const REMOVE_CALENDAR_DAY = graphql(`
  mutation RemoveCalendarDay($date: String!) {
    removeCalendarDay(date: $date)
  }
`);
