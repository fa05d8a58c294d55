import { createHash } from 'crypto';
import { fingerprintLine, rosterFingerprint } from '../../../src/core/claim/fingerprint';
import type { ClaimRow } from '../../../src/core/claim/rows';

function row(over: Partial<ClaimRow> = {}): ClaimRow {
  return {
    row: 4,
    name: '张三',
    id: '410102199003071230',
    occupation: '电工',
    cert: '职业技能等级证书',
    level: 5,
    category: 'A',
    rateFen: 180000,
    upliftPercent: 20,
    amountFen: 180000,
    start: { y: 2021, m: 3, d: 1 },
    end: { y: 2021, m: 3, d: 20 },
    hours: 80,
    hasErrors: false,
    ...over,
  };
}

describe('rosterFingerprint', () => {
  test('canonical line', () => {
    expect(fingerprintLine(row())).toBe(
      '410102199003071230\t张三\t电工\t职业技能等级证书\t5\t2021-03-01\t2021-03-20\t80\t180000',
    );
  });
  test('SHA-256 of the sorted lines', () => {
    const empty = rosterFingerprint([]);
    expect(empty).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    const a = row();
    const b = row({ row: 5, name: '李四', id: '11010519491231002X' });
    expect(rosterFingerprint([a, b])).toBe(rosterFingerprint([b, a]));
    expect(rosterFingerprint([a, b])).toMatch(/^[0-9a-f]{64}$/);
  });
  test('any change of a claimed value changes it; row numbers and spacing do not', () => {
    const base = rosterFingerprint([row()]);
    expect(rosterFingerprint([row({ amountFen: 180001 })])).not.toBe(base);
    expect(rosterFingerprint([row({ name: '张叁' })])).not.toBe(base);
    expect(rosterFingerprint([row({ end: { y: 2021, m: 3, d: 21 } })])).not.toBe(base);
    expect(rosterFingerprint([row({ row: 99 })])).toBe(base);
    expect(rosterFingerprint([row({ name: ' 张 三 ' })])).toBe(base);
  });
});

test('the fingerprint is the plain SHA-256 of the sorted lines (same as node:crypto)', () => {
  const a = row();
  const b = row({ row: 5, name: '李四', id: '11010519491231002X' });
  const text = [fingerprintLine(a), fingerprintLine(b)].sort().join('\n');
  expect(rosterFingerprint([b, a])).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
});
