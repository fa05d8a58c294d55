import { matchHeader, nearestHeaders, normalizeHeader } from '../../../src/core/layout/headers';

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

// Headings seen in published sources (docs/templates.md lists each with its address).
describe('headings from published sources', () => {
  it.each([
    // Baise (Guangxi), 2024 list of 失业人员职业技能培训补贴 (docs/templates.md source 1)
    ['序号', 'seq'],
    ['姓名', 'name'],
    ['培训工种', 'occupation'],
    ['身份证号码', 'id'],
    ['培训时间', 'period'],
    ['结业证书编号', 'certNo'],
    ['职业培训补贴标准(元)', 'amount'],
    // the national certificate's fields (source 2)
    ['证书编号', 'certNo'],
    ['身份证号', 'id'],
    // Guxian (Shanxi) labour register (source 3)
    ['培训日期', 'period'],
    ['证书类别', 'certType'],
    ['证书等级', 'level'],
    ['证书工种', 'occupation'],
  ])('%s → %s, exact (no note)', (header, field) => {
    const m = matchHeader(header)!;
    expect(m.field).toBe(field);
    expect(m.near).toBeUndefined();
    expect(m.also).toBeUndefined();
  });

  it('证书工种名称 (Guxian) names the occupation on the certificate, not a certificate type', () => {
    expect(matchHeader('证书工种名称')).toMatchObject({ field: 'occupation', near: { known: '证书工种' } });
  });

  it("学校名称 (Baise) and the certificate's 颁证日期 / 理论知识考试成绩 name no field", () => {
    expect(matchHeader('学校名称')).toBeNull();
    expect(matchHeader('颁证日期')).toBeNull();
    expect(matchHeader('理论知识考试成绩')).toBeNull();
  });
});

describe('combined columns', () => {
  it.each([
    ['职业（工种）及等级', 'occupation'], // the national certificate (source 2)
    ['证书名称及等级', 'certType'], // named by issue 9
    ['培训工种/等级', 'occupation'], // named by the brief of issue 9
    ['职业及等级', 'occupation'],
  ])('%s gives %s and level', (header, field) => {
    expect(matchHeader(header)).toMatchObject({ field, also: 'level' });
  });

  it.each(['证书等级', '职业资格等级', '技能等级', '等级'])('%s stays a level column', (header) => {
    expect(matchHeader(header)).toMatchObject({ field: 'level' });
    expect(matchHeader(header)!.also).toBeUndefined();
  });
});

describe('near matches are flagged', () => {
  it('a required field spelling among other words', () => {
    expect(matchHeader('培训职业名称')).toMatchObject({
      field: 'occupation',
      near: { known: '职业名称', how: 'contains' },
    });
    expect(matchHeader('学员身份证号码')).toMatchObject({
      field: 'id',
      near: { known: '身份证号码', how: 'contains' },
    });
  });

  it('a typo one character off', () => {
    expect(matchHeader('身份正号码')).toMatchObject({ field: 'id', near: { known: '身份证号码', how: 'typo' } });
    expect(matchHeader('公民身分号码')).toMatchObject({ field: 'id', near: { known: '公民身份号码', how: 'typo' } });
    expect(matchHeader('补帖金额')).toMatchObject({ field: 'amount', near: { known: '金额', how: 'contains' } });
  });

  it('exact spellings, fill-in hints and non-required fields are not flagged', () => {
    expect(matchHeader('身份证号码(18位)')!.near).toBeUndefined();
    expect(matchHeader('补贴金额(元)')!.near).toBeUndefined();
    expect(matchHeader('培训开始日期')!.near).toBeUndefined();
  });

  it('a typo nearer a column that is no field, short words and numbers are not guessed', () => {
    expect(matchHeader('出生日朝')).toBeNull(); // 出生日期
    expect(matchHeader('性名')).toBeNull();
    expect(matchHeader('电工')).toBeNull();
    expect(matchHeader('2021年')).toBeNull();
  });
});

describe('nearestHeaders', () => {
  it('offers a header sharing the distinctive characters, not a generic word', () => {
    expect(nearestHeaders('id', ['证照号', '学校名称'])).toEqual(['证照号']);
    expect(nearestHeaders('certType', ['学校名称', '培训时间'])).toEqual([]);
  });
});
