// Cell value parsing shared by the layout reader and the rules.
export { cellText, digitValue, formatNumber, isBlank, isSpaceCode } from './text';
export {
  civilFromDays,
  compareDates,
  dateToSerial,
  daysFromCivil,
  daysInMonth,
  emptyDate,
  formatDate,
  isLeapYear,
  isValidDate,
  parseDate,
  parseDateText,
  serialToDate,
} from './date';
export { formatPeriod, parsePeriod, splitPeriod, type PeriodValue } from './period';
export { formatFen, parseYuanToFen, yuanNumberToFen } from './money';
export { parseHours } from './hours';
