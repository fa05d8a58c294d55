import * as fs from 'fs';
import * as path from 'path';
import { ClaimInfoError, claimInfoWarnings, parseClaimInfo } from '../../../src/core/claim';

const sample = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../examples/claim-info.json'), 'utf8'));

function errorOf(json: unknown): ClaimInfoError {
  try {
    parseClaimInfo(json, 'INFO.json');
  } catch (e) {
    if (e instanceof ClaimInfoError) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('parseClaimInfo', () => {
  test('the example parses; dates become CalDate, the account loses its spaces, defaults fill in', () => {
    const info = parseClaimInfo(sample, 'examples/claim-info.json');
    expect(info.noticeStart).toEqual({ y: 2021, m: 4, d: 29 });
    expect(info.bankAccount).toBe('1702020109200123456');
    expect(info.agreementOnFile).toBe(true);
    const { noticeSite, hrDept, ...rest } = sample;
    void noticeSite;
    void hrDept;
    const filled = parseClaimInfo(rest, 'x');
    expect(filled.hrDept).toBe('人力资源和社会保障局');
  });
  test('a missing field is named with its Chinese label, on one line', () => {
    const { bankAccount, ...rest } = sample;
    void bankAccount;
    const e = errorOf(rest);
    expect(e.field).toBe('bankAccount');
    expect(e.message).toContain('INFO.json');
    expect(e.message).toContain('bankAccount（银行帐号）');
    expect(e.message).not.toContain('\n');
    expect(e.en).toMatch(/^INFO\.json: claim info field bankAccount: required/);
  });
  test.each([
    [{ noticeStart: '2021/04/29' }, 'noticeStart', /YYYY-MM-DD/],
    [{ noticeStart: '2021-02-30' }, 'noticeStart', /not a real date/],
    [{ bankAccount: '62-22' }, 'bankAccount', /8–32 digits/],
    [{ plannedPersons: 2.5 }, 'plannedPersons', /whole number/],
    [{ institution: '  ' }, 'institution', /must not be empty/],
    [{ examinees: { 结业证: 3 } }, 'examinees.结业证', /./],
    [{ colour: 'red' }, 'colour', /colour: unknown field/],
  ])('%j → field %s', (patch, field, re) => {
    const e = errorOf({ ...sample, ...patch });
    expect(e.field).toBe(field);
    expect(e.en).toMatch(re);
  });
  test('not an object', () => {
    expect(errorOf(null).message).toContain('INFO.json');
  });
});

describe('every problem at once', () => {
  test('five errors: five reported, each naming its field, in Chinese (type errors too)', () => {
    const { contact, ...rest } = sample;
    void contact;
    const e = errorOf({
      ...rest,
      plannedPersons: '六十',
      noticeStart: '2021/04/29',
      agreementOnFile: 'yes',
      colour: 'red',
    });
    expect(e.issues.map((i) => i.field).sort()).toEqual([
      'agreementOnFile',
      'colour',
      'contact',
      'noticeStart',
      'plannedPersons',
    ]);
    const lines = e.message.split('\n');
    expect(lines[0]).toBe('INFO.json：申报信息有 5 处问题：');
    expect(lines).toHaveLength(6);
    expect(e.message).toContain('contact（联系人）：必填');
    expect(e.message).toContain('plannedPersons（拟培训人数）：应为数字');
    expect(e.message).toContain('agreementOnFile（培训协议书/承诺书已签订）：应为 true 或 false');
    expect(e.message).toContain('colour：未知字段');
    expect(e.message).not.toMatch(/expected|received|\(root\)/i);
  });
});

describe('cross-checks of the claim info (warnings)', () => {
  const info = (over: Record<string, unknown>) => parseClaimInfo({ ...sample, ...over }, 'x');
  const row = (end: { y: number; m: number; d: number }) => ({ end }) as never;
  test('notice before assessment, more trained than planned, a filing date before the assessment', () => {
    const w = claimInfoWarnings(info({ noticeStart: '2021-03-01', plannedPersons: 1 }), {
      included: [row({ y: 2021, m: 3, d: 15 }), row({ y: 2021, m: 3, d: 20 })],
      excluded: [],
      today: { y: 2020, m: 5, d: 1 },
    });
    expect(w.map((x) => x.fields.join())).toEqual(['noticeStart,assessmentDate', 'plannedPersons', 'date']);
    expect(w[1].zh).toBe('拟培训人数 plannedPersons 为 1 人，花名册却有 2 人');
    expect(
      claimInfoWarnings(info({}), {
        included: [row({ y: 2021, m: 3, d: 15 })],
        excluded: [],
        today: { y: 2021, m: 4, d: 26 },
      }),
    ).toEqual([]);
  });
});
