// The one-line refusal of a workbook that cannot be read: the file's full path and the reason in
// Chinese (the library's English reason kept in brackets for whoever reports it).
import * as path from 'path';
import { InputError } from '../core';

/** A workbook that cannot be read (exit 2; code "damaged" in JSON). */
export class DamagedError extends InputError {}

/** Known failures of jszip, zlib, sax and ExcelJS, in Chinese and English. */
const REASONS: [RegExp, string, string][] = [
  [
    /end of central directory|central dir|not a zip|zip file|signature|Corrupted zip|Invalid (?:zip|header)/i,
    'zip 结构损坏',
    'broken zip structure',
  ],
  [
    /end of data|unexpected end|truncated|Z_BUF_ERROR|unexpected end of file/i,
    '文件不完整（可能下载或复制时被截断）',
    'the file is incomplete (cut short while copying or downloading?)',
  ],
  [
    /invalid (?:distance|stored|block|code|literal)|incorrect header|Z_DATA_ERROR|invalid bit length|too many length/i,
    '压缩数据损坏',
    'corrupt compressed data',
  ],
  [/crc32|size mismatch/i, '压缩数据校验失败', 'compressed data fails its checksum'],
  [/encrypt|password/i, '文件已加密', 'the file is encrypted'],
  [
    /unsupported (?:zip )?compression|compression method/i,
    '使用了不支持的压缩方式',
    'an unsupported compression method',
  ],
  [/entity|DOCTYPE/i, 'XML 含有实体声明（不予解析）', 'the XML declares entities (not parsed)'],
  [
    /Unclosed|Unexpected close|Invalid character|Non-whitespace|text data outside|sax|xml/i,
    'XML 内容损坏',
    'broken XML',
  ],
  [
    /Maximum call stack|Invalid (?:string|array) length|allocation failed|out of memory/i,
    '内容过大或结构异常',
    'content too large or malformed',
  ],
];

function reason(why: string): { zh: string; en: string } {
  for (const [re, zh, en] of REASONS) if (re.test(why)) return { zh, en };
  return { zh: '内容无法解析', en: 'cannot be parsed' };
}

/** The InputError for a damaged workbook: full path, Chinese reason, the library's words in brackets. */
export function damaged(file: string, e: unknown): InputError {
  const why = (e instanceof Error ? e.message : String(e)).split('\n')[0].slice(0, 200);
  const full = path.resolve(file);
  const r = reason(why);
  return new DamagedError(
    `${full}：文件已损坏或不是有效的 .xlsx：${r.zh}（${why}）`,
    `${full}: damaged or not a valid .xlsx: ${r.en} (${why})`,
  );
}
