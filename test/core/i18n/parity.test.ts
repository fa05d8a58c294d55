// Every rule speaks both languages: titles and every message variant (the rule's examples) in Chinese
// and English, neither side empty, untranslated or left in the other language.
import { ledgerRules } from '../../../src/core/ledger';
import { ALL_RULES } from '../../../src/core/rules';
import type { RuleHead } from '../../../src/core/rules/rule';
import type { MessageParams } from '../../../src/core/types';

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
