/**
 * Vertically merged cells in the trainee rows. Clerks merge 职业(工种), 证书类型, 等级, 培训时间, 课时
 * over all the rows of one class; the value sits in the block's top cell only. spreadMerges carries
 * it to every trainee row the merge covers, so the rules read each row as if the value were typed
 * on it; collapseMerged turns the findings on one merged value into one finding on the block's top
 * cell naming the rows concerned.
 *
 * What is not spread, and said in the notes: merges in or across the header (the header's own merges
 * are read by detect.ts as they are), the columns right of the first in a horizontal merge (the value
 * belongs to the leftmost column), and a covered cell that holds a value of its own (written by
 * another program, or typed after an unmerge): that value is kept, never overwritten.
 */
import { a1 } from '../a1';
import type { CellArea, CellValue, Finding, Grid, LayoutNote, RosterLayout } from '../types';
import { rowList } from './notes';

/** One merged block spread over trainee rows: its column, its rows and the trainee rows it covers. */
export interface MergeBlock {
  col: number;
  top: number;
  bottom: number;
  /** the A1 address of the block (E5:E12) */
  area: string;
  /** the trainee rows (layout.dataRows) inside the block */
  rows: number[];
}

export interface SpreadResult {
  /** the grid with the merged values spread (the input itself when nothing was spread) */
  grid: Grid;
  blocks: MergeBlock[];
  notes: LayoutNote[];
}

function areaText(m: CellArea): string {
  return m.rows * m.cols === 1 ? a1(m.row, m.col) : `${a1(m.row, m.col)}:${a1(m.row + m.rows - 1, m.col + m.cols - 1)}`;
}

function isEmpty(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** A copy of a row array (once per row), so the host's grid is never changed. */
function copyRows<T>(src: T[][] | undefined, copied: Set<number>, r: number, out: T[][] | undefined): void {
  if (!src || !out || copied.has(r)) return;
  out[r] = src[r] ? src[r].slice() : [];
}

/** Spreads the vertical merges of the trainee rows (see the module comment). */
export function spreadMerges(grid: Grid, layout: RosterLayout): SpreadResult {
  const merges = grid.merges ?? [];
  const notes: LayoutNote[] = [];
  if (!merges.length || !layout.dataRows.length) return { grid, blocks: [], notes };
  const dataRows = new Set(layout.dataRows);
  const headerTop = layout.headerRows.length ? layout.headerRows[0] : layout.firstDataRow;
  const first = layout.firstDataRow;
  const last = layout.lastDataRow;
  const values = grid.values.slice();
  const texts = grid.texts?.slice();
  const formats = grid.formats?.slice();
  const copied = new Set<number>();
  const blocks: MergeBlock[] = [];
  const across: string[] = [];
  const horizontal: string[] = [];
  const ownValues: string[] = [];

  for (const m of merges) {
    const bottom = m.row + m.rows - 1;
    if (bottom < first || m.row > last) continue; // above the trainees (title, header) or below them
    if (m.row < first) {
      if (bottom >= headerTop) across.push(areaText(m));
      continue;
    }
    if (m.cols > 1) horizontal.push(areaText(m));
    if (m.rows < 2) continue;
    const r0 = m.row - grid.originRow;
    const c = m.col - grid.originCol;
    if (r0 < 0 || c < 0) continue;
    const value = grid.values[r0]?.[c] ?? null;
    const text = grid.texts?.[r0]?.[c];
    const format = grid.formats?.[r0]?.[c];
    const rows: number[] = [];
    for (let row = m.row; row <= bottom; row++) {
      if (!dataRows.has(row)) continue;
      const r = row - grid.originRow;
      if (row !== m.row && !isEmpty(grid.values[r]?.[c])) {
        // a value of its own: kept, and not part of the block
        ownValues.push(a1(row, m.col));
        continue;
      }
      rows.push(row);
      if (row === m.row || isEmpty(value)) continue;
      copyRows(grid.values, copied, r, values);
      copyRows(grid.texts, copied, r, texts);
      copyRows(grid.formats, copied, r, formats);
      copied.add(r);
      values[r][c] = value;
      if (texts) texts[r][c] = text ?? '';
      if (formats) formats[r][c] = format ?? '';
    }
    if (rows.length) blocks.push({ col: m.col, top: m.row, bottom, area: areaText({ ...m, cols: 1 }), rows });
  }

  if (blocks.length) {
    const spread = blocks.filter((b) => b.rows.length > 1);
    if (spread.length)
      notes.push({ code: 'merges.spread', areas: spread.slice(0, 8).map((b) => b.area), count: spread.length });
  }
  if (across.length) notes.push({ code: 'merges.across-header', areas: across.slice(0, 5), count: across.length });
  if (horizontal.length)
    notes.push({ code: 'merges.horizontal', areas: horizontal.slice(0, 5), count: horizontal.length });
  if (ownValues.length)
    notes.push({ code: 'merges.own-values', areas: ownValues.slice(0, 5), count: ownValues.length });
  if (!copied.size) return { grid, blocks, notes };
  const out: Grid = { ...grid, values };
  if (texts) out.texts = texts;
  if (formats) out.formats = formats;
  return { grid: out, blocks, notes };
}

/**
 * One finding per merged block, code and message parameters: a finding on a cell inside a block moves
 * to the block's top cell and names the trainee rows it concerns (rows, area). Others are unchanged.
 */
export function collapseMerged(findings: Finding[], blocks: MergeBlock[]): Finding[] {
  if (!blocks.length) return findings;
  const byCell = new Map<string, MergeBlock>();
  for (const b of blocks) for (const r of b.rows) byCell.set(`${r}:${b.col}`, b);
  const out: Finding[] = [];
  const groups = new Map<string, Finding>();
  for (const f of findings) {
    const b = f.col > 0 ? byCell.get(`${f.row}:${f.col}`) : undefined;
    if (!b || b.rows.length < 2) {
      out.push(f);
      continue;
    }
    const key = `${b.area}\u0001${f.code}\u0001${f.severity}\u0001${JSON.stringify(f.params)}`;
    const g = groups.get(key);
    if (g) {
      (g.rows as number[]).push(f.row);
      if (f.related) g.related = [...new Set([...(g.related ?? []), ...f.related])];
      continue;
    }
    const merged: Finding = { ...f, row: b.top, rows: [f.row], area: b.area };
    groups.set(key, merged);
    out.push(merged);
  }
  for (const g of groups.values()) g.rows = [...new Set(g.rows)].sort((x, y) => x - y);
  return out;
}

/** The words added to a merged finding's message: the block and the rows it concerns. */
export function mergedSuffix(f: Finding, zh: boolean): string {
  if (!f.rows || !f.area) return '';
  if (zh) return `（合并单元格 ${f.area}，涉及第 ${rowList(f.rows, 'zh-CN')} 行）`;
  return ` (merged cell ${f.area}; rows ${rowList(f.rows, 'zh-CN').replace(/ 等共 (\d+) 行$/, ' … $1 rows in all')})`;
}
