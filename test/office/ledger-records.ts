// Ledger records for the Office adapter's ledger tests: n distinct, valid identity numbers, one payout each.
import { LEDGER_SHEET, type LedgerRecord } from '../../src/core/ledger';
import { idWithCheck } from '../taskpane/fixture/roster';

export function ledgerRecords(n: number, fingerprint = 'ab12'.repeat(16)): LedgerRecord[] {
  return Array.from({ length: n }, (_, i) => {
    const id = idWithCheck(`410102${1970 + (i % 30)}0${1 + (i % 9)}1${i % 10}${String(i % 1000).padStart(3, '0')}`);
    return {
      idKey: id,
      id,
      name: `学员${i}`,
      occupation: '电工',
      level: '五级',
      certType: '职业技能等级证书',
      start: { y: 2021, m: 3, d: 1 },
      end: { y: 2021, m: 3, d: 20 },
      amountFen: 180000,
      paidOn: { y: 2021, m: 5, d: 10 },
      source: '2021-03花名册.xlsx',
      sourceRow: 4 + i,
      institution: '郑州市金水区示范职业培训学校',
      fingerprint,
      ledgerFile: LEDGER_SHEET,
      ledgerRow: 0,
    };
  });
}
