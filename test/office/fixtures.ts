// Rosters and check results for the adapter tests, made directly (no layout detection).
import type { CheckResult } from '../../src/core/engine';
import type { Finding, Severity } from '../../src/core/types';

export const HEADER = [
  '序号',
  '姓名',
  '性别',
  '身份证号',
  '联系电话',
  '职业（工种）',
  '证书类型',
  '等级',
  '开班日期',
  '结业日期',
  '补贴金额',
  '备注',
];

const NAMES = ['张三', '李四', '王五', '赵六', '陈晓明', '刘芳'];

/** a header row and n trainee rows; every 7th ID was typed as a number */
export function rosterRows(n: number): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [HEADER];
  for (let i = 1; i <= n; i++) {
    const id = `41010219900307${String(1000 + (i % 9000)).padStart(4, '0')}`;
    rows.push([
      i,
      NAMES[i % NAMES.length],
      i % 2 ? '男' : '女',
      i % 7 === 0 ? Number(id) : id,
      `1380000${String(i % 10000).padStart(4, '0')}`,
      '育婴员',
      '职业技能等级证书',
      '五级',
      45200 + (i % 30),
      45230 + (i % 30),
      1500,
      i % 13 === 0 ? '补录' : null,
    ]);
  }
  return rows;
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

/**
 * One fault per `every` rows (sheet rows 2..n+1), rotating over columns D, E, K and the three severities;
 * every 50th fault also has the next row faulty in the same column (so runs merge), and a second finding
 * on the same cell. Row-level findings (col 0) appear too.
 */
export function faults(n: number, every = 10): Finding[] {
  const cols = [4, 5, 11];
  const out: Finding[] = [];
  let k = 0;
  for (let row = 2; row <= n + 1; row += every, k++) {
    const col = cols[k % cols.length];
    const severity = SEVERITIES[k % 3];
    out.push({ code: `test.rule${k % 5}`, severity, row, col, params: {}, message: `第${row}行的问题 ${k}` });
    if (k % 50 === 0 && row + 1 <= n + 1) {
      out.push({ code: 'test.run', severity, row: row + 1, col, params: {}, message: '相邻的问题' });
      out.push({ code: 'test.second', severity: 'error', row, col, params: {}, message: '同一单元格的第二个问题' });
    }
    if (k % 97 === 0)
      out.push({
        code: 'test.row',
        severity: 'warning',
        row,
        col: 0,
        params: {},
        message: '整行的问题',
        related: [row + 2],
      });
  }
  return out;
}

export function resultOf(findings: Finding[]): CheckResult {
  const summary = { error: 0, warning: 0, info: 0 };
  const byRule: Record<string, number> = {};
  for (const f of findings) {
    summary[f.severity]++;
    byRule[f.code] = (byRule[f.code] ?? 0) + 1;
  }
  return {
    layout: { headerRows: [1], firstDataRow: 2, lastDataRow: 2, columns: [], missing: [], dataRows: [], notes: [] },
    trainees: [],
    findings,
    summary,
    byRule,
  };
}
