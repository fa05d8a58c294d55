// The publicity period (公示期) of a claim: n Chinese working days from its start, counted only with known
// holiday data. Where the calendar lacks a year the period reaches into, the end date must be given by hand
// (and the papers say so); without it the claim is refused rather than printed with a wrong date.
import { addWorkingDays, hasHolidayData } from '../calendar';
import type { CalDate } from '../types';
import { compareDates, formatDate } from '../values';
import { ClaimInfoError } from './info';

export interface NoticePeriod {
  start: CalDate;
  end: CalDate;
  /** the working days the policy requires */
  workingDays: number;
  /** the holiday calendar lacks a year the period reaches into */
  holidayDataMissing: boolean;
  /** the end date was given by hand (only where the calendar lacks the year) */
  setByHand: boolean;
}

/** The years the calendar lacks among those from `from` to `to`. */
function missingYears(from: CalDate, to: CalDate): number[] {
  const out: number[] = [];
  for (let y = from.y; y <= to.y; y++) if (!hasHolidayData(y)) out.push(y);
  return out;
}

/**
 * The period from `start`: its end counted with the holiday calendar when it knows every year reached;
 * otherwise `manualEnd`, which is then required (ClaimInfoError on field noticeEnd when missing or early).
 */
export function noticePeriod(start: CalDate, workingDays: number, manualEnd?: CalDate): NoticePeriod {
  const counted = addWorkingDays(start, workingDays);
  const missing = missingYears(start, counted);
  if (!missing.length) return { start, end: counted, workingDays, holidayDataMissing: false, setByHand: false };
  const years = missing.join('、');
  if (!manualEnd) {
    throw new ClaimInfoError(
      `公示期自 ${formatDate(start)} 起需 ${workingDays} 个工作日，节假日数据尚未收录 ${years} 年的法定节假日安排，无法推算公示截止日：` +
        '请按当年国务院节假日安排核对后填写公示截止日期（命令行 --notice-end YYYY-MM-DD，加载项「公示截止日期」）',
      `the ${workingDays}-working-day notice from ${formatDate(start)} reaches ${missing.join(', ')}, a year the holiday calendar does ` +
        "not cover yet: give the end date checked against that year's official holiday schedule (--notice-end YYYY-MM-DD)",
      'noticeEnd',
    );
  }
  if (compareDates(manualEnd, start) < 0) {
    throw new ClaimInfoError(
      `公示截止日期 ${formatDate(manualEnd)} 早于公示开始日期 ${formatDate(start)}`,
      `the notice end ${formatDate(manualEnd)} is before its start ${formatDate(start)}`,
      'noticeEnd',
    );
  }
  return { start, end: manualEnd, workingDays, holidayDataMissing: true, setByHand: true };
}
