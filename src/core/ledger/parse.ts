// Reading ledger records from a sheet's values: find the header row by its real spellings, map the
// columns, then read every row below it (blank lines, repeated headers and 合计 rows skipped).
import { parseIdCell } from '../id';
import { splitNameLevel } from '../layout/combined';
import { COMBINED_LEVEL_RANK } from '../layout/headers';
import type { CellValue, Grid } from '../types';
import { cellText, isBlank, parseDate, parsePeriod, parseYuanToFen } from '../values';
import { matchLedgerHeader, type LedgerField } from './headers';
import type { LedgerRecord } from './types';

export interface LedgerColumn {
  field: LedgerField;
  /** 1-based sheet column */
  col: number;
  header: string;
  /** a combined column (证书名称及等级): the part of each cell this field reads */
  part?: 'name' | 'level';
}

export interface LedgerRejected {
  /** 1-based sheet row */
  row: number;
  /** the ID cell as shown */
  value: string;
}

export interface LedgerParse {
  records: LedgerRecord[];
  /** 1-based sheet rows of the header (one or two); empty when none was found */
  headerRows: number[];
  columns: LedgerColumn[];
  /** true when no ID column was found: nothing could be read */
  noIdColumn: boolean;
  /** rows with an ID that is empty, damaged by Excel or malformed: not indexable */
  rejected: LedgerRejected[];
  /** last non-blank sheet row (0 when the sheet is empty): appended rows go below it */
  lastRow: number;
}

/** How many rows from the top are searched for the header. */
const HEADER_SCAN = 50;
const TOTAL_LEAD = /^(合计|总计|共计|小计|本页合计)/;

interface ColumnHit {
  col: number;
  rank: number;
  header: string;
  part?: 'name' | 'level';
}

interface RowMatches {
  byField: Map<LedgerField, ColumnHit>;
}

function matchRow(row: CellValue[] | undefined, originCol: number): RowMatches {
  const byField = new Map<LedgerField, ColumnHit>();
  if (!row) return { byField };
  const offer = (field: LedgerField, hit: ColumnHit): void => {
    const prev = byField.get(field);
    if (!prev || hit.rank < prev.rank) byField.set(field, hit);
  };
  for (let c = 0; c < row.length; c++) {
    const m = matchLedgerHeader(row[c]);
    if (!m) continue;
    const header = String(row[c]).trim();
    if (!m.also) {
      offer(m.field, { col: originCol + c, rank: m.rank, header });
      continue;
    }
    // a combined column: the name half, and the level half (a level column of its own wins)
    offer(m.field, { col: originCol + c, rank: m.rank, header, part: 'name' });
    offer('level', { col: originCol + c, rank: COMBINED_LEVEL_RANK, header, part: 'level' });
  }
  return { byField };
}

function findHeader(
  values: CellValue[][],
  originCol: number,
): { index: number; cols: RowMatches['byField']; rows: number } | null {
  let best: { index: number; cols: RowMatches['byField']; rows: number } | null = null;
  const n = Math.min(values.length, HEADER_SCAN);
  for (let r = 0; r < n; r++) {
    const m = matchRow(values[r], originCol).byField;
    if (!m.has('id')) continue;
    let rows = 1;
    // a two-row header: 培训时间 over 开始 / 结束
    if (!m.has('start') && !m.has('end') && r + 1 < values.length) {
      const below = matchRow(values[r + 1], originCol).byField;
      const start = below.get('start'),
        end = below.get('end');
      if (start && end && !below.has('id')) {
        m.set('start', start);
        m.set('end', end);
        m.delete('period');
        rows = 2;
      }
    }
    if (!best || m.size > best.cols.size) best = { index: r, cols: m, rows };
  }
  return best;
}

/** A cell's text, or one part of it for a combined column (电工（四级） → 电工 / 四级). */
function partText(v: CellValue | undefined, part: 'name' | 'level' | undefined): string {
  const s = cellText(v);
  return part === undefined || s === '' ? s : splitNameLevel(s)[part];
}

function cell(row: CellValue[] | undefined, i: number | undefined): CellValue | undefined {
  return i === undefined || !row ? undefined : row[i];
}

/** The 2-D values of a sheet (values[r][c] at sheet row originRow + r, column originCol + c) → ledger records. */
export function parseLedgerValues(
  values: CellValue[][],
  ledgerFile: string,
  originRow = 1,
  originCol = 1,
  texts?: string[][],
): LedgerParse {
  let lastRow = 0;
  for (let r = values.length - 1; r >= 0; r--) {
    if (values[r] && values[r].some((v) => !isBlank(v))) {
      lastRow = originRow + r;
      break;
    }
  }
  const h = findHeader(values, originCol);
  if (!h) return { records: [], headerRows: [], columns: [], noIdColumn: true, rejected: [], lastRow };
  const columns: LedgerColumn[] = [...h.cols]
    .map(([field, v]): LedgerColumn => ({ field, col: v.col, header: v.header, ...(v.part ? { part: v.part } : {}) }))
    .sort((a, b) => a.col - b.col);
  const ix = (f: LedgerField): number | undefined => {
    const c = h.cols.get(f);
    return c ? c.col - originCol : undefined;
  };
  const iId = ix('id')!,
    iName = ix('name'),
    iOcc = ix('occupation'),
    iCert = ix('certType'),
    iLevel = ix('level');
  const iStart = ix('start'),
    iEnd = ix('end'),
    iPeriod = ix('period'),
    iAmount = ix('amount'),
    iPaid = ix('paidOn');
  const iSource = ix('source'),
    iSourceRow = ix('sourceRow'),
    iInst = ix('institution'),
    iFp = ix('fingerprint');
  const parts: Partial<Record<LedgerField, 'name' | 'level'>> = {};
  for (const [f, v] of h.cols) if (v.part) parts[f] = v.part;
  const records: LedgerRecord[] = [];
  const rejected: LedgerRejected[] = [];
  for (let r = h.index + h.rows; r < values.length; r++) {
    const row = values[r];
    if (!row) continue;
    const idv = row[iId];
    const idText = texts?.[r]?.[iId];
    if (isBlank(idv)) continue;
    const lead = row.find((v) => !isBlank(v));
    if (typeof lead === 'string' && TOTAL_LEAD.test(lead.trim())) continue;
    if (matchLedgerHeader(idv)?.field === 'id') continue; // a repeated header
    const p = parseIdCell(idv, idText);
    if (!p.key) {
      rejected.push({ row: originRow + r, value: idText || cellText(idv) });
      continue;
    }
    let start = iStart === undefined ? null : parseDate(cell(row, iStart), texts?.[r]?.[iStart]).date;
    let end = iEnd === undefined ? null : parseDate(cell(row, iEnd), texts?.[r]?.[iEnd]).date;
    if (iPeriod !== undefined && !start && !end) {
      const pv = parsePeriod(cell(row, iPeriod), texts?.[r]?.[iPeriod]);
      start = pv.start.date;
      end = pv.end.date;
    }
    const amount = iAmount === undefined ? null : parseYuanToFen(cell(row, iAmount));
    const srcRow = iSourceRow === undefined ? NaN : Number(cellText(cell(row, iSourceRow)));
    records.push({
      idKey: p.key,
      id: p.normalized || cellText(idv),
      name: cellText(cell(row, iName)),
      occupation: partText(cell(row, iOcc), parts.occupation),
      level: partText(cell(row, iLevel), parts.level),
      certType: partText(cell(row, iCert), parts.certType),
      start,
      end,
      amountFen: amount === null || Number.isNaN(amount) ? null : amount,
      paidOn: iPaid === undefined ? null : parseDate(cell(row, iPaid), texts?.[r]?.[iPaid]).date,
      source: cellText(cell(row, iSource)),
      sourceRow: Number.isInteger(srcRow) && srcRow > 0 ? srcRow : null,
      institution: cellText(cell(row, iInst)),
      fingerprint: cellText(cell(row, iFp)).toLowerCase(),
      ledgerFile,
      ledgerRow: originRow + r,
    });
  }
  const headerRows = h.rows === 2 ? [originRow + h.index, originRow + h.index + 1] : [originRow + h.index];
  return { records, headerRows, columns, noIdColumn: false, rejected, lastRow };
}

/** A Grid of a ledger sheet → ledger records (texts, when given, keep IDs typed as numbers honest). */
export function parseLedgerGrid(grid: Grid, ledgerFile: string): LedgerParse {
  return parseLedgerValues(grid.values, ledgerFile, grid.originRow, grid.originCol, grid.texts);
}
