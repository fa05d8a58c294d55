import { occupationCategoryMismatch } from '../../../../src/core/rules/policy/occupation-category-mismatch';
import { occupationUnknown } from '../../../../src/core/rules/policy/occupation-unknown';
import { colOf, makeContext, makeTrainee, testCatalog } from '../../../helpers/factory';

describe('occ.unknown', () => {
  it('flags an occupation not in the catalog, with a suggestion', () => {
    const t = makeTrainee({ row: 5, occupation: '电工（初级）' });
    const [f, ...rest] = occupationUnknown.run(makeContext([t]));
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({
      code: 'occ.unknown',
      severity: 'error',
      row: 5,
      col: colOf('occupation'),
      field: 'occupation',
    });
    expect(f.params).toMatchObject({ name: '电工（初级）', suggestion: '电工' });
    expect(occupationUnknown.message(f.params, 'zh-CN')).toBe(
      '职业（工种）“电工（初级）”不在示例目录中，是否为“电工”？',
    );
    expect(occupationUnknown.message(f.params, 'en-US')).toContain('did you mean "电工"');
  });

  it('says when the name is a national occupation missing from the catalog', () => {
    const ctx = makeContext([makeTrainee({ occupation: '美容师' })], { catalog: { ...testCatalog(), sample: false } });
    const [f] = occupationUnknown.run(ctx);
    expect(f.params.nationalCode).toBe('4-10-03-01');
    expect(occupationUnknown.message(f.params, 'zh-CN')).toBe(
      '职业（工种）“美容师”不在目录中（“美容师”是2022年版职业分类大典中的职业，编码4-10-03-01，但不在本目录）',
    );
  });

  it('is clean for catalog names (normalised) and empty occupations', () => {
    const ts = [
      makeTrainee({ occupation: '电工' }),
      makeTrainee({ occupation: ' 养老护理员 ' }),
      makeTrainee({ occupation: '' }),
    ];
    expect(occupationUnknown.run(makeContext(ts))).toEqual([]);
  });

  it('memoizes per distinct name but reports every row', () => {
    const ts = Array.from({ length: 50 }, () => makeTrainee({ occupation: '焊接工' }));
    const fs = occupationUnknown.run(makeContext(ts));
    expect(fs).toHaveLength(50);
    expect(new Set(fs.map((f) => f.row)).size).toBe(50);
  });
});

describe('occ.category-mismatch', () => {
  it('flags a declared category that differs from the catalog', () => {
    const t = makeTrainee({ occupation: '焊工', category: 'A类' });
    const [f] = occupationCategoryMismatch.run(makeContext([t]));
    expect(f).toMatchObject({ code: 'occ.category-mismatch', field: 'category', col: colOf('category') });
    expect(f.params).toMatchObject({ declared: 'A类', catalog: 'B', name: '焊工' });
    expect(occupationCategoryMismatch.message(f.params, 'zh-CN')).toBe(
      '目录类别填“A类”，但目录中“焊工”为B类（按B类计算补贴）',
    );
  });

  it('flags an unreadable declared category', () => {
    expect(
      occupationCategoryMismatch.run(makeContext([makeTrainee({ occupation: '电工', category: 'D' })])),
    ).toHaveLength(1);
  });

  it('accepts the same category however written; no category or unknown occupation: no finding', () => {
    const ts = [
      makeTrainee({ occupation: '电工', category: 'A' }),
      makeTrainee({ occupation: '电工', category: '优先支持类' }),
      makeTrainee({ occupation: '焊工', category: '重点支持类' }),
      makeTrainee({ occupation: '中式烹调师', category: 'c类' }),
      makeTrainee({ occupation: '电工', category: '' }),
      makeTrainee({ occupation: '飞行员', category: 'A' }),
    ];
    expect(occupationCategoryMismatch.run(makeContext(ts))).toEqual([]);
  });
});
