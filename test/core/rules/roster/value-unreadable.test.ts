import { datesInvalid } from '../../../../src/core/rules/roster/dates-invalid';
import { valueUnreadable } from '../../../../src/core/rules/roster/value-unreadable';
import { colOf, makeContext, makeTrainee } from '../../../helpers/factory';

const layout = {
  columns: (['amount', 'hours', 'start', 'end'] as const).map((field) => ({ field, col: colOf(field), header: field })),
};

describe('value.unreadable', () => {
  it('quotes an Excel error in the amount, text hours, an error in a date; clean rows get nothing', () => {
    const ref = makeTrainee({ row: 3, amount: Number.NaN });
    ref.cells.amount = { col: colOf('amount'), value: '#REF!', text: '#REF!' };
    const text = makeTrainee({ row: 4, hours: Number.NaN });
    text.cells.hours = { col: colOf('hours'), value: '四十', text: '四十' };
    const date = makeTrainee({ row: 5, start: '#VALUE!' });
    const clean = makeTrainee({ row: 6 });
    const found = valueUnreadable.run(makeContext([ref, text, date, clean], { layout }));
    expect(found.map((f) => [f.row, f.col, f.params.kind])).toEqual([
      [3, colOf('amount'), 'error'],
      [4, colOf('hours'), 'text'],
      [5, colOf('start'), 'error'],
    ]);
    expect(found.map((f) => valueUnreadable.message(f.params, 'zh-CN'))).toEqual([
      '补贴金额显示“#REF!”（Excel 错误值），无法读取：请改正公式或直接填写数字',
      '课时“四十”无法识别为数字',
      '培训开始日期显示“#VALUE!”（Excel 错误值），无法读取：请改正公式或直接填写日期',
    ]);
    expect(valueUnreadable.message(found[1].params, 'en-US')).toBe('Class hours "四十" cannot be read as a number');
  });

  it('leaves an error in a date cell to value.unreadable, not dates.invalid', () => {
    const ctx = makeContext([makeTrainee({ row: 5, start: '#VALUE!' }), makeTrainee({ row: 6, start: '2021.13.45' })], {
      layout,
    });
    expect(datesInvalid.run(ctx).map((f) => f.row)).toEqual([6]);
  });
});
