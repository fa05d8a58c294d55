// The README's rule table is for people; this keeps it in step with the rules themselves.
import { readFileSync } from 'fs';
import { join } from 'path';
import { ledgerRules } from '../../../src/core/ledger';
import { ALL_RULES } from '../../../src/core/rules';

interface Row {
  code: string;
  severity: string;
  zh: string;
  en: string;
}

/** The rows of the table under "## The rules". */
function readmeRules(): Row[] {
  const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');
  const section = readme.split('\n## The rules\n')[1].split('\n## ')[0];
  return section.split('\n').flatMap((line) => {
    const m = /^\| `([a-z0-9.-]+)` \| ([^|]+) \| ([^|]+) \| (.+) \|$/.exec(line);
    return m ? [{ code: m[1], severity: m[2].trim(), zh: m[3].trim(), en: m[4].trim() }] : [];
  });
}

describe('README rule table', () => {
  const rules = [...ALL_RULES, ...ledgerRules];
  const rows = readmeRules();

  it('lists every rule, in the order of ALL_RULES then the ledger rules, and nothing else', () => {
    expect(rows.map((r) => r.code)).toEqual(rules.map((r) => r.code));
  });

  it.each(rules.map((r) => [r.code, r] as const))(
    '%s: severity, 规则 title and English title as in the code',
    (code, rule) => {
      const row = rows.find((r) => r.code === code)!;
      // a rule whose findings may carry another severity lists both ("error / warning"), its usual one first
      expect(row.severity.split(' / ')[0]).toBe(rule.severity);
      expect(row.zh.startsWith(rule.title['zh-CN'])).toBe(true);
      expect(row.en.startsWith(`**${rule.title['en-US']}**`)).toBe(true);
    },
  );
});
