// The input module the CLI, the ledger store and the task pane share: coded errors and CSV decoding.
import { decodeCsv, InputError, t } from '../../../src/core';

describe('decodeCsv', () => {
  it('reads UTF-8 with or without a BOM', () => {
    const utf8 = new TextEncoder().encode('姓名,身份证号码\n张三,410102199003071230\n');
    expect(decodeCsv(utf8)).toBe('姓名,身份证号码\n张三,410102199003071230\n');
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe('姓名,身份证号码\n张三,410102199003071230\n');
  });

  it('falls back to GBK, as Excel on Chinese Windows saves CSV', () => {
    // 姓名,张三 in GBK
    const gbk = new Uint8Array([0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xd5, 0xc5, 0xc8, 0xfd]);
    expect(decodeCsv(gbk)).toBe('姓名,张三');
  });
});

describe('InputError', () => {
  it('carries a code and the message in both languages', () => {
    const e = new InputError('file.not-found', t('a.xlsx：文件不存在', 'a.xlsx: file not found'));
    expect(e).toBeInstanceOf(Error);
    expect(e.code).toBe('file.not-found');
    expect(e.message).toBe('a.xlsx：文件不存在');
    expect(e.en).toBe('a.xlsx: file not found');
    expect(e.textIn('zh-CN')).toBe('a.xlsx：文件不存在');
    expect(e.textIn('en-US')).toBe('a.xlsx: file not found');
  });
});
