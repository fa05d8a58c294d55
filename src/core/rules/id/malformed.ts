// id.malformed: after normalising, not 18 characters (17 digits and a final digit or X), nor a 15-digit legacy number.
import { codePointLabel, type MalformedReason } from '../../id';
import type { Finding } from '../../types';
import { text } from '../../i18n';
import { findingAt, type Rule } from '../rule';
import { shownId, unusualIds } from './shared';

type P = {
  value: string;
  reason: MalformedReason;
  len: number;
  pos: number;
  char: string;
  expected: string;
  codePoint: string;
};

export const idMalformed: Rule<P> = {
  code: 'id.malformed',
  severity: 'error',
  title: { 'zh-CN': '身份证号码格式错误', 'en-US': 'Malformed ID number' },
  message(p, locale) {
    switch (p.reason) {
      case 'lookalike':
        return text(locale, {
          zh: `身份证号码“${p.value}”第 ${p.pos} 位“${p.char}”（${p.codePoint}）是形似字符，应为 ${p.expected}，请重新录入`,
          en:
            `ID number "${p.value}": character ${p.pos} "${p.char}" (${p.codePoint}) is a look-alike; ` +
            `expected ${p.expected}. Re-type it.`,
        });
      case 'char':
        return text(locale, {
          zh: `身份证号码“${p.value}”第 ${p.pos} 位“${p.char}”不是数字，应为 18 位数字（末位可为 X）`,
          en: `ID number "${p.value}": character ${p.pos} "${p.char}" is not a digit; expected 18 digits (the last may be X)`,
        });
      case 'x-position':
        return text(locale, {
          zh: `身份证号码“${p.value}”第 ${p.pos} 位是 X，X 只能出现在 18 位号码的末位`,
          en: `ID number "${p.value}": X at position ${p.pos}; X may only be the last of 18 characters`,
        });
      case 'not-text':
        return text(locale, {
          zh: `身份证号码单元格为逻辑值 ${p.value}，应为 18 位身份证号码`,
          en: `The ID cell holds the logical value ${p.value}; expected an 18-character ID number`,
        });
      default:
        return text(locale, {
          zh: `身份证号码“${p.value}”为 ${p.len} 位，应为 18 位（17 位数字加末位数字或 X）`,
          en: `ID number "${p.value}" has ${p.len} characters; expected 18 (17 digits and a final digit or X)`,
        });
    }
  },
  examples: [
    { value: '41010219900307', reason: 'length', len: 14, pos: 0, char: '', expected: '', codePoint: '' },
    { value: '4101021990030712a0', reason: 'char', len: 18, pos: 17, char: 'a', expected: '', codePoint: '' },
    {
      value: '41010219900307l230',
      reason: 'lookalike',
      len: 18,
      pos: 15,
      char: 'l',
      expected: '1',
      codePoint: 'U+006C',
    },
    { value: '4101021990030X1230', reason: 'x-position', len: 18, pos: 14, char: 'X', expected: '', codePoint: '' },
    { value: 'TRUE', reason: 'not-text', len: 0, pos: 0, char: '', expected: '', codePoint: '' },
  ],
  run(ctx) {
    const out: Finding<P>[] = [];
    for (const i of unusualIds(ctx)) {
      const t = ctx.trainees[i];
      const p = ctx.facts.idAt(i);
      const m = p.malformed;
      if (p.kind !== 'malformed' || !m) continue;
      out.push(
        findingAt(idMalformed, t, 'id', {
          value: shownId(p),
          reason: m.reason,
          len: m.len,
          pos: m.pos,
          char: m.char,
          expected: m.expected,
          codePoint: m.char ? codePointLabel(m.char) : '',
        }),
      );
    }
    return out;
  },
};
