import { datesInvalid } from '../../../../src/core/rules/roster/dates-invalid';
import type { Trainee } from '../../../../src/core/types';
import { colOf, makeContext, makeTrainee } from '../../../helpers/factory';

/** A trainee whose dates came from a period column. */
function fromPeriod(t: Trainee): Trainee {
  delete t.cells.start;
  delete t.cells.end;
  t.cells.period = { col: colOf('period'), value: `${t.start.raw}-${t.end.raw}` };
  return t;
}

describe('dates.invalid', () => {
  it('finds nothing in good dates, or empty ones', () => {
    const ctx = makeContext([
      makeTrainee(),
      makeTrainee({ start: null, end: null }),
      makeTrainee({ start: { y: 2021, m: 3, d: 1 }, end: { y: 2021, m: 3, d: 1 } }),
    ]);
    expect(datesInvalid.run(ctx)).toEqual([]);
  });

  it('flags an unreadable start on the start cell, quoting it', () => {
    const [f] = datesInvalid.run(makeContext([makeTrainee({ row: 9, start: '2021.13.01' })]));
    expect(f).toMatchObject({ code: 'dates.invalid', row: 9, col: colOf('start'), field: 'start' });
    expect(datesInvalid.message(f.params, 'zh-CN')).toBe(
      '培训开始日期“2021.13.01”无法识别为日期，应写成 2021.03.01 或 2021-03-01 等',
    );
  });

  it('flags an end before the start on the end cell', () => {
    const fs = datesInvalid.run(
      makeContext([makeTrainee({ start: { y: 2021, m: 3, d: 20 }, end: { y: 2021, m: 3, d: 1 } })]),
    );
    expect(fs).toHaveLength(1);
    expect(fs[0].col).toBe(colOf('end'));
    expect(datesInvalid.message(fs[0].params, 'zh-CN')).toBe('培训结束日期 2021.03.01 早于开始日期 2021.03.20');
    expect(datesInvalid.message(fs[0].params, 'en-US')).toContain('before the start date 2021.03.20');
  });

  it('puts findings of a period column on the period cell', () => {
    const t = fromPeriod(makeTrainee({ start: { y: 2021, m: 3, d: 1 }, end: '2021.02.30' }));
    const [f] = datesInvalid.run(makeContext([t]));
    expect(f).toMatchObject({ col: colOf('period'), field: 'period' });
    expect(datesInvalid.message(f.params, 'zh-CN')).toBe(
      '培训起止时间中的结束日期“2021.02.30”无法识别为日期，应写成 2021.03.01 或 2021-03-01 等',
    );
  });

  it('reports a period that cannot be split once, as a whole', () => {
    const t = makeTrainee({ start: '2021年3月', end: null });
    delete t.cells.start;
    t.cells.period = { col: colOf('period'), value: '2021年3月' };
    const fs = datesInvalid.run(makeContext([t]));
    expect(fs).toHaveLength(1);
    expect(datesInvalid.message(fs[0].params, 'zh-CN')).toBe(
      '培训起止时间“2021年3月”无法识别，应写成 2021.03.01-2021.03.20',
    );
  });

  it('flags both dates when both are unreadable', () => {
    expect(datesInvalid.run(makeContext([makeTrainee({ start: 'x', end: 'y' })]))).toHaveLength(2);
  });
});
