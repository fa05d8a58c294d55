/**
 * Finding the roster in a sheet as it really is.
 *
 * 1. Header row. Each of the first HEADER_SCAN_ROWS rows is scored: every text cell is matched against
 *    the synonym table (headers.ts: full-/half-width brackets, spaces, line breaks and unit brackets such
 *    as （元） ignored; titles longer than 16 characters and "培训机构：…" lines never match), and the
 *    row's score is the number of distinct fields it names. The best row (earliest on a tie) is the
 *    header when it names at least MIN_HEADER_FIELDS fields, one of them 姓名 or 身份证号码. So a merged
 *    title line and the institution/batch line above the header are skipped without special cases.
 *    When a field is named by several columns the better synonym wins (补贴金额 over 补贴标准,
 *    总课时 over 理论课时), then the leftmost column.
 * 2. Two-row header. The row below the header is a sub-header when it holds only text, nothing under
 *    the header's 姓名 / 身份证号码 (those are merged vertically, and a merged cell keeps its value only in
 *    its top-left cell), and names at least one field, read together with its merged parent when the
 *    parent is a group word (培训时间 + 开始 → start, 证书 + 编号 → certNo) or alone. Sub-header fields
 *    replace the parent's mapping in their columns (培训时间 over 开始 / 结束 is no longer a period).
 * 3. Overrides. The user's mapping (field → 1-based sheet column, 0 = unmap) replaces detection for
 *    those fields; a detected field sitting in a column the user gave to another field is dropped.
 *    `missing` lists the required fields left without a column (a period column stands in for start/end).
 * 4. Data rows (rows.ts). From below the header to the end of the grid: blank lines (all mapped cells
 *    empty, or only a pre-printed 序号) are skipped, as are repeated page headers, title/page lines and
 *    小计 rows; the 合计/总计 row is recorded as totalRow and ends the roster, and so does a signature
 *    footer (制表人 / 审核人 / 盖章 / 填表日期 … in the first cells). Everything skipped is noted in
 *    `notes` (coded; layout/notes.ts words them).
 */
import {
  REQUIRED_FIELDS,
  type CellValue,
  type ColumnMapping,
  type Field,
  type Grid,
  type LayoutNote,
  type RosterLayout,
} from '../types';
import { colLetter } from '../a1';
import { COMBINED_LEVEL_RANK, matchHeader, type HeaderMatch } from './headers';
import { scanDataRows, type ScanColumn } from './rows';

/** user corrections of the mapping: field → 1-based sheet column; 0 removes the field's column */
export type MappingOverride = Partial<Record<Field, number>>;

/** How many rows from the top are searched for the header. */
export const HEADER_SCAN_ROWS = 30;
/** Fields a row must name to be taken for the header. */
export const MIN_HEADER_FIELDS = 3;

interface Hit extends HeaderMatch {
  /** 0-based index into the grid row */
  index: number;
  header: string;
  /** the half of a combined column this field reads */
  part?: 'name' | 'level';
}

/** The fields one header cell gives: one, or two for a combined column (name part and level part). */
function hitsOf(m: HeaderMatch, index: number, header: string): Hit[] {
  if (!m.also) return [{ ...m, index, header }];
  const { also, ...first } = m;
  return [
    { ...first, index, header, part: 'name' },
    { field: also, rank: COMBINED_LEVEL_RANK, index, header, part: 'level' },
  ];
}

function cellAt(grid: Grid, r: number, c: number): CellValue {
  const row = grid.values[r];
  const v = row ? row[c] : undefined;
  return v === undefined ? null : v;
}

function isEmpty(v: CellValue): boolean {
  return v === null || (typeof v === 'string' && v.trim() === '');
}

function rowWidth(grid: Grid, r: number): number {
  return grid.values[r]?.length ?? 0;
}

/** The header matches of one row's cells (two for a combined column). */
function rowMatches(grid: Grid, r: number): Hit[] {
  const out: Hit[] = [];
  const n = rowWidth(grid, r);
  for (let c = 0; c < n; c++) {
    const v = cellAt(grid, r, c);
    const m = matchHeader(v);
    if (m) out.push(...hitsOf(m, c, String(v).trim()));
  }
  return out;
}

/** The best column per field: lowest rank, then leftmost. */
function bestPerField(hits: Iterable<Hit>): Map<Field, Hit> {
  const out = new Map<Field, Hit>();
  for (const h of hits) {
    const cur = out.get(h.field);
    if (!cur || h.rank < cur.rank || (h.rank === cur.rank && h.index < cur.index)) out.set(h.field, h);
  }
  return out;
}

/** The header text of a sub-header column, prefixed by its merged parent (培训时间/开始). */
function parentText(grid: Grid, r: number, c: number): string {
  for (let k = c; k >= 0; k--) {
    const v = cellAt(grid, r, k);
    if (!isEmpty(v)) return String(v).trim();
  }
  return '';
}

/** Headers seen merged over sub-columns: 培训时间, 证书, 补贴, 课时, or a word that names no field (培训信息). */
function isGroupHeader(text: string): boolean {
  const m = matchHeader(text);
  return !m || m.field === 'period' || m.field === 'certType' || m.field === 'amount' || m.field === 'hours';
}

/**
 * Merges a sub-header row into the header's fields when the row below is one: it holds only text,
 * nothing under the header's 姓名 / 身份证号码 (vertically merged there), and names at least one field,
 * alone (开始) or with its merged parent (证书 + 编号 → 证书编号, 培训时间 + 开始).
 */
function subHeader(grid: Grid, top: number, fields: Map<Field, Hit>): Map<Field, Hit> | null {
  const r = top + 1;
  if (r >= grid.values.length) return null;
  for (const f of ['name', 'id'] as const) {
    const h = fields.get(f);
    if (h && !isEmpty(cellAt(grid, r, h.index)) && !matchHeader(cellAt(grid, r, h.index))) return null;
  }
  const taken: Hit[] = [];
  const n = rowWidth(grid, r);
  for (let c = 0; c < n; c++) {
    const v = cellAt(grid, r, c);
    if (isEmpty(v)) continue;
    if (typeof v !== 'string') return null;
    const parent = parentText(grid, top, c);
    const sub = v.trim();
    const m = (parent && isGroupHeader(parent) ? matchHeader(parent + sub) : null) ?? matchHeader(sub);
    if (m) taken.push(...hitsOf(m, c, parent && parent !== sub ? `${parent}/${sub}` : sub));
  }
  if (!taken.length) return null;
  const cols = new Set(taken.map((h) => h.index));
  return bestPerField([...fields.values()].filter((h) => !cols.has(h.index)).concat(taken));
}

/**
 * Finds the header row (0-based index) and its fields, or null. strict: at least MIN_HEADER_FIELDS
 * fields including name or ID; otherwise (a fallback when the user maps columns) any two fields.
 */
function findHeader(grid: Grid, strict: boolean): { index: number; fields: Map<Field, Hit> } | null {
  const rows = Math.min(grid.values.length, HEADER_SCAN_ROWS);
  let best: { index: number; fields: Map<Field, Hit> } | null = null;
  for (let r = 0; r < rows; r++) {
    const fields = bestPerField(rowMatches(grid, r));
    if (strict ? fields.size < MIN_HEADER_FIELDS || !(fields.has('name') || fields.has('id')) : fields.size < 2)
      continue;
    if (!best || fields.size > best.fields.size) best = { index: r, fields };
  }
  return best;
}

/** Finds the roster's header, columns and data rows in a grid. */
export function detectLayout(grid: Grid, mapping?: MappingOverride): RosterLayout {
  const notes: LayoutNote[] = [];
  let nearFields: Map<Field, Hit> = new Map();
  const userCols = mapping ? Object.values(mapping).some((c) => (c ?? 0) > 0) : false;
  const found = findHeader(grid, true) ?? (userCols ? findHeader(grid, false) : null);
  const headerIdx: number[] = [];
  const byField = new Map<Field, ColumnMapping>();
  if (found) {
    headerIdx.push(found.index);
    let fields = found.fields;
    const sub = subHeader(grid, found.index, fields);
    if (sub) {
      headerIdx.push(found.index + 1);
      fields = sub;
    }
    for (const h of fields.values()) {
      const m: ColumnMapping = { field: h.field, col: grid.originCol + h.index, header: h.header };
      if (h.part) m.part = h.part;
      byField.set(h.field, m);
    }
    notes.push({ code: 'header.rows', rows: headerIdx.map((i) => grid.originRow + i) });
    nearFields = fields;
  } else {
    notes.push({ code: 'header.not-found', scanRows: HEADER_SCAN_ROWS, minFields: MIN_HEADER_FIELDS });
  }

  if (mapping) applyOverride(grid, headerIdx, byField, mapping, notes);

  const columns = [...byField.values()].sort((a, b) => a.col - b.col);
  const has = (f: Field) => byField.has(f) || ((f === 'start' || f === 'end') && byField.has('period'));
  const missing = REQUIRED_FIELDS.filter((f) => !has(f));
  if (found) {
    noteMappedHow(grid, columns, nearFields, notes);
    noteUnmapped(grid, headerIdx, columns, notes);
  }

  const headerEnd = headerIdx.length ? headerIdx[headerIdx.length - 1] : -1;
  const firstDataRow = grid.originRow + headerEnd + 1;
  if (!found && !columns.length) {
    return { headerRows: [], firstDataRow, lastDataRow: firstDataRow - 1, columns, missing, dataRows: [], notes };
  }
  const scanCols: ScanColumn[] = columns.map((m) => {
    const index = m.col - grid.originCol;
    const headers: string[] = [];
    for (const r of headerIdx) {
      const v = cellAt(grid, r, index);
      if (typeof v === 'string' && v.trim()) headers.push(v.trim());
    }
    return { index, headers, isSeq: m.field === 'seq', isKey: m.field === 'name' || m.field === 'id' };
  });
  const scan = scanDataRows(grid, headerEnd + 1, scanCols);
  const dataRows = scan.dataRows;
  return {
    headerRows: headerIdx.map((i) => grid.originRow + i),
    firstDataRow,
    lastDataRow: dataRows.length ? dataRows[dataRows.length - 1] : firstDataRow - 1,
    columns,
    missing,
    dataRows,
    ...(scan.totalRow !== undefined ? { totalRow: scan.totalRow } : {}),
    ...(scan.subtotalRows.length ? { subtotalRows: scan.subtotalRows } : {}),
    notes: notes.concat(scan.notes),
  };
}

function applyOverride(
  grid: Grid,
  headerIdx: number[],
  byField: Map<Field, ColumnMapping>,
  mapping: MappingOverride,
  notes: LayoutNote[],
): void {
  const overridden = new Set<number>();
  for (const [f, col] of Object.entries(mapping) as Array<[Field, number | undefined]>) {
    if (col === undefined) continue;
    if (!col || col < 1) {
      byField.delete(f);
      continue;
    }
    // the column detection already gave this field (a combined column's half keeps its part)
    if (byField.get(f)?.col === col) {
      notes.push({ code: 'column.override', field: f, col });
      continue;
    }
    const index = col - grid.originCol;
    const header = headerIdx
      .map((r) => cellAt(grid, r, index))
      .filter((v) => !isEmpty(v))
      .map((v) => String(v).trim())
      .join('/');
    byField.set(f, { field: f, col, header });
    overridden.add(col);
    notes.push({ code: 'column.override', field: f, col });
  }
  for (const [f, m] of byField) {
    if (overridden.has(m.col) && mapping[f] === undefined) byField.delete(f);
  }
}

/**
 * Notes the columns read as two fields (证书名称及等级) and the ones mapped only because their header is
 * close to a known spelling, so neither happens silently. Columns the user chose are not noted.
 */
function noteMappedHow(grid: Grid, columns: ColumnMapping[], detected: Map<Field, Hit>, notes: LayoutNote[]): void {
  const combined = new Map<number, ColumnMapping[]>();
  for (const c of columns) {
    if (!c.part) continue;
    const list = combined.get(c.col) ?? [];
    list.push(c);
    combined.set(c.col, list);
  }
  for (const [col, list] of combined) {
    notes.push({ code: 'column.combined', col, header: list[0].header, fields: list.map((c) => c.field) });
  }
  for (const c of columns) {
    const h = detected.get(c.field);
    if (!h?.near || grid.originCol + h.index !== c.col) continue;
    notes.push({ code: 'column.near', field: c.field, col: c.col, header: c.header, ...h.near });
  }
}

function noteUnmapped(grid: Grid, headerIdx: number[], columns: ColumnMapping[], notes: LayoutNote[]): void {
  const used = new Set(columns.map((c) => c.col - grid.originCol));
  const names: string[] = [];
  for (const r of headerIdx) {
    const n = rowWidth(grid, r);
    for (let c = 0; c < n; c++) {
      const v = cellAt(grid, r, c);
      if (used.has(c) || isEmpty(v) || typeof v !== 'string') continue;
      names.push(`${colLetter(grid.originCol + c)} ${v.trim().replace(/\s+/g, '')}`);
    }
  }
  if (names.length) notes.push({ code: 'column.unknown', columns: names.slice(0, 10) });
}
