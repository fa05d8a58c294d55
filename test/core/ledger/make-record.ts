// Test helper: ledger records with plausible defaults.
import type { LedgerRecord } from '../../../src/core/ledger';
import type { CalDate } from '../../../src/core/types';

export const ID_A = '410102199003071230';

let nextRow = 2;

export function makeRecord(
  init: Partial<LedgerRecord> & { start?: CalDate | null; end?: CalDate | null } = {},
): LedgerRecord {
  return {
    idKey: ID_A,
    id: init.idKey ?? ID_A,
    name: '张三',
    occupation: '焊工',
    level: '初级工',
    certType: '职业技能等级证书',
    start: { y: 2021, m: 1, d: 4 },
    end: { y: 2021, m: 1, d: 20 },
    amountFen: 150000,
    paidOn: null,
    source: '2021第一批.xlsx',
    sourceRow: 5,
    institution: '郑州市某某职业培训学校',
    fingerprint: '',
    ledgerFile: '台账.xlsx',
    ledgerRow: nextRow++,
    ...init,
  };
}

export function d(y: number, m: number, day: number): CalDate {
  return { y, m, d: day };
}
