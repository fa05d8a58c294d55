export {
  addDays,
  addWorkingDays,
  countWorkingDays,
  dayInfo,
  firstWorkingDayFrom,
  hasHolidayData,
  isWorkingDay,
  weekday,
  type DayInfo,
} from './workdays';
