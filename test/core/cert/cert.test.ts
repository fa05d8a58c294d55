import { certHasLevel, isNoLevel, normalizeCertType, normalizeLevel } from '../../../src/core/cert';

describe('normalizeCertType', () => {
  it.each([
    ['国家职业资格证书', '国家职业资格证书'],
    ['职业资格证', '国家职业资格证书'],
    ['职业资格证书', '国家职业资格证书'],
    ['国家职业资格', '国家职业资格证书'],
    ['职业技能等级证书', '职业技能等级证书'],
    ['技能等级证', '职业技能等级证书'],
    ['职业技能等级认定证书', '职业技能等级证书'],
    ['等级证书', '职业技能等级证书'],
    ['专项能力证', '专项职业能力证书'],
    ['专项职业能力', '专项职业能力证书'],
    ['特种作业证', '特种作业操作证书'],
    ['特种作业操作证', '特种作业操作证书'],
    ['合格证', '培训合格证'],
    ['培训合格证书', '培训合格证'],
    [' 培训 合格证 ', '培训合格证'],
    ['职业技能等级证书（初级工）', '职业技能等级证书'],
  ])('%s → %s', (raw, want) => {
    expect(normalizeCertType(raw)).toBe(want);
  });

  it.each(['结业证', '结业证书', '学习证明', '', '毕业证', '培训结业合格证'])(
    '%s is not a subsidy certificate',
    (raw) => {
      expect(normalizeCertType(raw)).toBeNull();
    },
  );

  it('knows which types have levels', () => {
    expect(certHasLevel('国家职业资格证书')).toBe(true);
    expect(certHasLevel('职业技能等级证书')).toBe(true);
    expect(certHasLevel('培训合格证')).toBe(false);
    expect(certHasLevel('专项职业能力证书')).toBe(false);
  });
});

describe('normalizeLevel', () => {
  it.each([
    ['五级', 5],
    ['初级工', 5],
    ['初级', 5],
    ['5级', 5],
    ['５级', 5],
    ['五级（初级工）', 5],
    ['五级/初级工', 5],
    ['5', 5],
    ['四级', 4],
    ['中级工', 4],
    ['4级', 4],
    ['四级(中级工)', 4],
    ['三级', 3],
    ['高级工', 3],
    ['高级', 3],
    ['二级', 2],
    ['技师', 2],
    ['二级/技师', 2],
    ['一级', 1],
    ['高级技师', 1],
    ['一级（高级技师）', 1],
    ['１级', 1],
  ])('%s → %d', (raw, want) => {
    expect(normalizeLevel(raw as string)).toBe(want);
  });

  it.each(['', '六级', '五级（高级工）', '初中级', '合格', '特级'])('%s → null', (raw) => {
    expect(normalizeLevel(raw)).toBeNull();
  });

  it('memoizes without changing answers', () => {
    expect(normalizeLevel('技师')).toBe(2);
    expect(normalizeLevel('技师')).toBe(2);
  });

  it('recognises placeholders for "no level"', () => {
    for (const s of ['', ' ', '/', '-', '无', '不涉及']) expect(isNoLevel(s)).toBe(true);
    expect(isNoLevel('初级')).toBe(false);
  });
});
