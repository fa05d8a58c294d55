import { parseMap, parseValidateArgs, UsageError } from '../../src/cli/args';

test('defaults: zhengzhou-2021, text, Chinese, no catalog (the sample)', () => {
  expect(parseValidateArgs(['a.xlsx'])).toEqual({
    files: ['a.xlsx'],
    policy: 'zhengzhou-2021',
    format: 'text',
    map: {},
    lang: 'zh',
    quiet: false,
  });
});

test('every option, in both --opt value and --opt=value forms, and several files', () => {
  const a = parseValidateArgs([
    'a.xlsx',
    '--sheet',
    '花名册',
    '--policy=ningxia-2019',
    '--catalog',
    'c.csv',
    '--format',
    'json',
    '--out',
    'o.xlsx',
    '--map',
    'id=D',
    '--map=name=2,amount=-',
    '--lang',
    'en',
    'b.xlsx',
  ]);
  expect(a).toEqual({
    files: ['a.xlsx', 'b.xlsx'],
    sheet: '花名册',
    policy: 'ningxia-2019',
    catalog: 'c.csv',
    format: 'json',
    out: 'o.xlsx',
    map: { id: 4, name: 2, amount: 0 },
    lang: 'en',
    quiet: false,
  });
});

test('--map accepts column letters, numbers, Chinese field names and full-width signs', () => {
  const m = {};
  parseMap('身份证=AA，occupation＝f', m);
  expect(m).toEqual({ id: 27, occupation: 6 });
});

test('bad usage is a UsageError with a Chinese message and an English one', () => {
  expect(() => parseValidateArgs([])).toThrow(UsageError);
  expect(() => parseValidateArgs(['a.xlsx', '--format', 'xml'])).toThrow(/--format 只能是 text、json 或 jsonl/);
  expect(() => parseValidateArgs(['a.xlsx', '--bogus'])).toThrow(/未知选项 --bogus/);
  expect(() => parseValidateArgs(['a.xlsx', '--sheet'])).toThrow(/缺少取值/);
  expect(() => parseValidateArgs(['a.xlsx', '--map', 'idcard=D'])).toThrow(/格式应为 字段=列/);
  expect(() => parseValidateArgs(['a.xlsx', '--map', 'id=D4'])).toThrow(/不是列号/);
  try {
    parseValidateArgs(['a.xlsx', '--lang', 'fr']);
  } catch (e) {
    expect((e as UsageError).en).toBe('--lang must be zh or en (got "fr")');
  }
});
