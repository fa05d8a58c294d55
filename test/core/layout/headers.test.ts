import { matchHeader, normalizeHeader } from '../../../src/core/layout/headers';

describe('matchHeader', () => {
  it.each([
    ['序号', 'seq'],
    ['姓 名', 'name'],
    ['性别', 'gender'],
    ['身份证号码', 'id'],
    ['公民身份号码', 'id'],
    ['证件号码', 'id'],
    ['身份证号', 'id'],
    ['身份证件号码', 'id'],
    ['身份证号码(18位)', 'id'],
    ['联系电话', 'phone'],
    ['手机号', 'phone'],
    ['电话', 'phone'],
    ['职业(工种)', 'occupation'],
    ['职业（工种）', 'occupation'],
    ['培训工种', 'occupation'],
    ['工种', 'occupation'],
    ['培训职业', 'occupation'],
    ['职业名称', 'occupation'],
    ['目录类别', 'category'],
    ['职业类别', 'category'],
    ['类别', 'category'],
    ['类别（A/B/C）', 'category'],
    ['证书类型', 'certType'],
    ['证书名称', 'certType'],
    ['取证类型', 'certType'],
    ['等级', 'level'],
    ['技能等级', 'level'],
    ['级别', 'level'],
    ['证书等级', 'level'],
    ['证书编号', 'certNo'],
    ['培训开始日期', 'start'],
    ['开始时间', 'start'],
    ['开班时间', 'start'],
    ['培训结束日期', 'end'],
    ['结束时间', 'end'],
    ['结业时间', 'end'],
    ['培训起止时间', 'period'],
    ['培训时间', 'period'],
    ['课时', 'hours'],
    ['学时', 'hours'],
    ['培训课时', 'hours'],
    ['人员类别', 'personType'],
    ['就业状态', 'personType'],
    ['补贴金额', 'amount'],
    ['补贴标准（元）', 'amount'],
    ['申请补贴标准(元)', 'amount'],
    ['补贴金额(元)', 'amount'],
    ['补贴金额\n（元/人）', 'amount'],
    ['备注', 'remark'],
  ])('%s → %s', (header, field) => {
    expect(matchHeader(header)?.field).toBe(field);
  });

  it.each([
    '2021年郑州市职业技能培训补贴人员花名册',
    '培训机构：郑州市某职业培训学校',
    '班级批次：2021-03',
    '民族',
    '证件类型',
    '补贴类别',
    '培训形式',
    '出生日期',
    '',
    '   ',
  ])('does not map %p', (header) => {
    expect(matchHeader(header)).toBeNull();
  });

  it('does not map numbers or empty cells', () => {
    expect(matchHeader(1)).toBeNull();
    expect(matchHeader(null)).toBeNull();
  });

  it('ranks exact and preferred spellings first', () => {
    expect(matchHeader('补贴金额')!.rank).toBeLessThan(matchHeader('补贴标准')!.rank);
    expect(matchHeader('总课时')!.rank).toBeLessThan(matchHeader('理论课时')!.rank);
    expect(matchHeader('等级')!.rank).toBeLessThan(matchHeader('职业等级')!.rank);
  });

  it('normalises brackets, spaces and units', () => {
    expect(normalizeHeader(' 补贴标准\n（元） ')).toBe('补贴标准');
    expect(normalizeHeader('职业（工种）')).toBe('职业工种');
    expect(normalizeHeader('*姓　名')).toBe('姓名');
  });
});
