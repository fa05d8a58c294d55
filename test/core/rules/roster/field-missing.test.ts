import { fieldMissing } from '../../../../src/core/rules/roster/field-missing';
import { colOf, makeContext, makeTrainee } from '../../../helpers/factory';

describe('field.missing', () => {
  it('finds nothing in a complete row', () => {
    expect(fieldMissing.run(makeContext([makeTrainee()]))).toEqual([]);
  });

  it('gives one finding per empty required cell, on that cell', () => {
    const t = makeTrainee({ row: 7, name: '', id: null, certType: '', amount: null });
    // factory trainees have no cells for empty text fields: the rule falls back to the layout column
    delete t.cells.name;
    const fs = fieldMissing.run(makeContext([t]));
    expect(fs.map((f) => [f.row, f.col, f.field])).toEqual([
      [7, colOf('name'), 'name'],
      [7, colOf('id'), 'id'],
      [7, colOf('certType'), 'certType'],
      [7, colOf('amount'), 'amount'],
    ]);
    expect(fs.every((f) => f.severity === 'error' && f.code === 'field.missing')).toBe(true);
  });

  it('counts a blank-looking ID (spaces only) as empty, and an unreadable amount as present', () => {
    const fs = fieldMissing.run(makeContext([makeTrainee({ id: ' \u3000 ' }), makeTrainee({ amount: NaN })]));
    expect(fs.map((f) => f.field)).toEqual(['id']);
  });

  it('skips required fields with no column', () => {
    const ctx = makeContext([makeTrainee({ occupation: '' })], {
      layout: { columns: [{ field: 'name', col: 2, header: '姓名' }] },
    });
    expect(fieldMissing.run(ctx)).toEqual([]);
  });

  it('names the column in Chinese first', () => {
    expect(fieldMissing.message({ field: 'id', header: '公民身份号码' }, 'zh-CN')).toBe(
      '身份证号码（列“公民身份号码”）为空，必须填写',
    );
    expect(fieldMissing.message({ field: 'name', header: '姓名' }, 'zh-CN')).toBe('姓名为空，必须填写');
    expect(fieldMissing.message({ field: 'amount', header: '补贴金额' }, 'en-US')).toContain('Subsidy amount');
  });
});
