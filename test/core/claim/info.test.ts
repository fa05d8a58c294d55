import * as fs from 'fs';
import * as path from 'path';
import { ClaimInfoError, parseClaimInfo } from '../../../src/core/claim';


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
    [{ examinees: { 结业证: 3 } }, 'examinees', /./],
    [{ colour: 'red' }, '', /unknown field.*colour/],
  ])('%j → field %s', (patch, field, re) => {
    const e = errorOf({ ...sample, ...patch });
    expect(e.field).toBe(field);
    expect(e.en).toMatch(re);
  });
  test('not an object', () => {
    expect(errorOf(null).message).toContain('INFO.json');
  });
});
