// Every rule speaks both languages: titles and every message variant (the rule's examples) in Chinese
// and English, neither side empty, untranslated or left in the other language.
import { ledgerRules } from '../../../src/core/ledger';
import { ALL_RULES } from '../../../src/core/rules';
import type { RuleHead } from '../../../src/core/rules/rule';
import { noteText } from '../../../src/core/layout/notes';
import type { LayoutNote, MessageParams } from '../../../src/core/types';

const HAN = /\p{Script=Han}/u;

/**
 * Chinese that an English message shows on purpose, beyond its params: cert.level-invalid names the
 * levels as a roster writes them (五级/初级工 …).
 */
const CHINESE_IN_ENGLISH: Record<string, RegExp> = { 'cert.level-invalid': /[一二三四五]级\/[^\s,)]+/gu };

/** The English message without the params' own text (names, cells, Chinese certificate names). */
function withoutParams(message: string, p: MessageParams, code: string): string {
  let s = message;
  const values = Object.values(p).flatMap((v) => (typeof v === 'object' ? [v.zh, v.en] : [String(v)]));
  for (const v of values.sort((a, b) => b.length - a.length)) if (v) s = s.split(v).join('');
  return CHINESE_IN_ENGLISH[code] ? s.replace(CHINESE_IN_ENGLISH[code], '') : s;
}

const rules: RuleHead[] = [...ALL_RULES, ...ledgerRules];

describe('language parity of the rules', () => {
  it('has unique codes', () => {
    expect(new Set(rules.map((r) => r.code)).size).toBe(rules.length);
  });

  it.each(rules.map((r) => [r.code, r] as const))('%s: title in both languages', (_, rule) => {
    const zh = rule.title['zh-CN'];
    const en = rule.title['en-US'];
    expect(zh).toMatch(HAN);
    expect(en).toMatch(/^[A-Z0-9]/);
    expect(en).not.toMatch(HAN);
  });

  it.each(rules.map((r) => [r.code, r] as const))('%s: every message variant in both languages', (code, rule) => {
    expect(rule.examples.length).toBeGreaterThan(0);
    const seen = new Set<string>();
    for (const p of rule.examples) {
      const zh = rule.message(p, 'zh-CN');
      const en = rule.message(p, 'en-US');
      expect(zh).toMatch(HAN);
      expect(en).not.toBe(zh);
      expect(en).toMatch(/[A-Za-z]{3}/);
      expect(withoutParams(en, p, code)).not.toMatch(HAN);
      expect(zh).not.toMatch(/undefined|NaN|\[object/);
      expect(en).not.toMatch(/undefined|NaN|\[object/);
      seen.add(zh);
    }
    // each example shows another variant of the message
    expect(seen.size).toBe(rule.examples.length);
  });
});

/** One note of every code (a new code without an example here does not compile). */
const NOTES: { [C in LayoutNote['code']]: LayoutNote & { code: C } } = {
  'header.rows': { code: 'header.rows', rows: [2, 3] },
  'header.not-found': { code: 'header.not-found', scanRows: 30, minFields: 2 },
  'column.override': { code: 'column.override', field: 'id', col: 4 },
  'column.unknown': { code: 'column.unknown', columns: ['F 民族', 'G 学历'] },
  'column.combined': { code: 'column.combined', col: 8, header: '证书名称及等级', fields: ['certType', 'level'] },
  'column.near': {
    code: 'column.near',
    field: 'occupation',
    col: 6,
    header: '培训职业名称',
    known: '培训职业',
    how: 'contains',
  },
  'rows.blank': { code: 'rows.blank', rows: [6, 7, 8, 12] },
  'rows.repeated-header': { code: 'rows.repeated-header', rows: [40] },
  'rows.title': { code: 'rows.title', rows: [2] },
  'rows.subtotal': { code: 'rows.subtotal', rows: Array.from({ length: 14 }, (_, i) => 10 + 2 * i) },
  'rows.total': { code: 'rows.total', row: 9 },
  'rows.footer': { code: 'rows.footer', row: 11 },
  'cells.outside': { code: 'cells.outside', count: 1, example: 'XFD1048576' },
  'merges.spread': { code: 'merges.spread', areas: ['F5:F12', 'G5:G12'], count: 9 },
  'merges.across-header': { code: 'merges.across-header', areas: ['A2:A6'], count: 1 },
  'merges.horizontal': { code: 'merges.horizontal', areas: ['J8:K8'], count: 1 },
  'merges.own-values': { code: 'merges.own-values', areas: ['F7'], count: 1 },
};

describe('language parity of the layout notes', () => {
  it.each(Object.values(NOTES).map((n) => [n.code, n] as const))('%s in both languages', (_, note) => {
    const zh = noteText(note, 'zh-CN');
    const en = noteText(note, 'en-US');
    expect(zh).toMatch(HAN);
    expect(en).toMatch(/^[A-Z]/);
    expect(en).not.toBe(zh);
    // Chinese in English notes only where they name what the roster says (姓名, 合计, 制表人 …)
    expect(
      en.replace(/F 民族|G 学历|姓名|身份证号码|合计|制表人\/审核人|证书名称及等级|培训职业名称|培训职业/g, ''),
    ).not.toMatch(HAN);
  });

  it('words long row lists the same way in both languages', () => {
    expect(noteText(NOTES['rows.subtotal'], 'zh-CN')).toMatch(/等共 14 行$/);
    expect(noteText(NOTES['rows.subtotal'], 'en-US')).toMatch(/14 rows in all$/);
  });
});
