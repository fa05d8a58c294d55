// Cross-checks of the 申报信息 against the roster and against itself: not errors (the bureau may have its
// reasons) but printed as warnings, each naming the fields involved.
import type { CalDate } from '../types';
import { compareDates, formatDate } from '../values';
import type { ClaimInfo } from './info';
import type { ClaimRow, ExcludedRow } from './rows';

export interface InfoWarning {
  /** the fields involved */
  fields: string[];
  zh: string;
  en: string;
}

function latest(dates: Array<CalDate | null>): CalDate | null {
  let best: CalDate | null = null;
  for (const d of dates) if (d && (!best || compareDates(d, best) > 0)) best = d;
  return best;
}

export function claimInfoWarnings(
  info: ClaimInfo,
  c: { included: readonly ClaimRow[]; excluded: readonly ExcludedRow[]; today: CalDate },
): InfoWarning[] {
  const out: InfoWarning[] = [];
  const f = formatDate;
  if (compareDates(info.noticeStart, info.assessmentDate) < 0) {
    out.push({
      fields: ['noticeStart', 'assessmentDate'],
      zh: `公示开始日期 noticeStart（${f(info.noticeStart)}）早于考核时间 assessmentDate（${f(info.assessmentDate)}）：应考核后再公示`,
      en: `noticeStart (${f(info.noticeStart)}) is before assessmentDate (${f(info.assessmentDate)}): the notice follows the assessment`,
    });
  }
  if (info.classStart && compareDates(info.classStart, info.assessmentDate) > 0) {
    out.push({
      fields: ['classStart', 'assessmentDate'],
      zh: `开班时间 classStart（${f(info.classStart)}）晚于考核时间 assessmentDate（${f(info.assessmentDate)}）`,
      en: `classStart (${f(info.classStart)}) is after assessmentDate (${f(info.assessmentDate)})`,
    });
  }
  const trained = c.included.length + c.excluded.length;
  if (trained > info.plannedPersons) {
    out.push({
      fields: ['plannedPersons'],
      zh: `拟培训人数 plannedPersons 为 ${info.plannedPersons} 人，花名册却有 ${trained} 人`,
      en: `plannedPersons is ${info.plannedPersons} but the roster lists ${trained}`,
    });
  }
  const ended = latest(c.included.map((r) => r.end));
  if (ended && compareDates(info.assessmentDate, ended) < 0) {
    out.push({
      fields: ['assessmentDate'],
      zh: `考核时间 assessmentDate（${f(info.assessmentDate)}）早于最后一期培训结束（${f(ended)}）`,
      en: `assessmentDate (${f(info.assessmentDate)}) is before the last training ends (${f(ended)})`,
    });
  }
  if (compareDates(c.today, info.assessmentDate) < 0) {
    out.push({
      fields: ['date'],
      zh: `填报日期（${f(c.today)}，--date）早于考核时间 assessmentDate（${f(info.assessmentDate)}）`,
      en: `the filing date (${f(c.today)}, --date) is before assessmentDate (${f(info.assessmentDate)})`,
    });
  }
  return out;
}
