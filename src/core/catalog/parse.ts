// Reading a user's occupation catalog (职业目录) from sheet rows or a CSV text.
// GBK-encoded CSV is not handled here: the core takes text, and the host decodes the bytes
// (a CSV saved by Excel as "CSV UTF-8" works as is; the CLI/add-in must decode GBK before calling).
import Papa from 'papaparse';
import { normalizeCategory, normalizeOccupationName } from './normalize';
import type { Catalog, CatalogEntry } from './types';

export type CatalogCell = string | number | boolean | null;

export class CatalogError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CatalogError';
  }
}

const STRIP = /[\s\p{Cf}]+/gu;

function headerText(v: CatalogCell): string {
  if (v === null || v === undefined) return '';
  return String(v)
    .normalize('NFKC')
    .replace(STRIP, '')
    .replace(/[（【〔［]/g, '(')
    .replace(/[）】〕］]/g, ')');
}

const NAME_HEADER = /^(?:培训)?(?:职业|工种)(?:\((?:工种|职业)\))?(?:\/工种)?(?:名称)?$/;
const CATEGORY_HEADER = /^(?:目录|职业|工种|支持)?(?:类别|分类|类型)(?:\(.*\))?$/;
const CODE_HEADER = /^(?:职业|工种)?(?:编码|代码|编号)$/;
const ONLINE_HEADER = /线上|线下|培训方式|网络培训/;

interface Columns {
  name: number;
  category: number;
  code: number;
  online: number;
}

function findColumns(row: CatalogCell[]): Columns | null {
  const cols: Columns = { name: -1, category: -1, code: -1, online: -1 };
  row.forEach((cell, i) => {
    const h = headerText(cell);
    if (!h) return;
    if (cols.name < 0 && NAME_HEADER.test(h)) cols.name = i;
    else if (cols.category < 0 && CATEGORY_HEADER.test(h)) cols.category = i;
    else if (cols.code < 0 && CODE_HEADER.test(h)) cols.code = i;
    else if (cols.online < 0 && ONLINE_HEADER.test(h)) cols.online = i;
  });
  return cols.name >= 0 ? cols : null;
}

const HEADER_SEARCH_ROWS = 30;

function cellText(v: CatalogCell | undefined): string {
  return v === null || v === undefined ? '' : String(v).trim();
}

/** Builds a catalog from entries; byName is keyed by normalizeOccupationName. */
export function buildCatalog(entries: CatalogEntry[], source: string, sample = false, label?: string): Catalog {
  const byName = new Map<string, CatalogEntry>();
  for (const e of entries) byName.set(normalizeOccupationName(e.name), e);
  return label === undefined ? { source, sample, entries, byName } : { source, sample, label, entries, byName };
}

/**
 * Reads a catalog from rows of cells (a sheet or a parsed CSV; rows[0] is row 1). Finds the header
 * row among the first rows: a name column (职业 / 工种 / 职业名称 / 职业（工种）名称) and a category
 * column (类别 / 目录类别 / 职业类别), with optional 职业编码/代码 and 线上培训/培训方式 columns.
 * Categories: A/B/C, A类, 优先支持类 (A), 重点支持类 (B). Rows without a name are skipped.
 * Throws CatalogError naming the source and row for a missing column or a bad category.
 */
export function parseCatalogRows(rows: CatalogCell[][], source: string): Catalog {
  let headerIndex = -1;
  let cols: Columns | null = null;
  for (let r = 0; r < Math.min(rows.length, HEADER_SEARCH_ROWS); r++) {
    cols = findColumns(rows[r] ?? []);
    if (cols) {
      headerIndex = r;
      break;
    }
  }
  if (!cols) {
    throw new CatalogError(
      `${source}: 未找到职业名称列（表头应为“职业”“工种”或“职业（工种）名称”） / no occupation name column (职业, 工种, 职业（工种）名称) in the first ${HEADER_SEARCH_ROWS} rows`,
    );
  }
  if (cols.category < 0) {
    throw new CatalogError(
      `${source} 第${headerIndex + 1}行: 未找到类别列（表头应为“类别”“目录类别”或“职业类别”） / row ${headerIndex + 1}: no category column (类别, 目录类别, 职业类别)`,
    );
  }
  const entries: CatalogEntry[] = [];
  const seen = new Map<string, CatalogEntry>();
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const name = cellText(row[cols.name]);
    if (!name) continue;
    const rawCategory = cellText(row[cols.category]);
    const category = normalizeCategory(rawCategory);
    if (!category) {
      throw new CatalogError(
        `${source} 第${r + 1}行: “${name}”的类别“${rawCategory}”无效，应为A、B或C / row ${r + 1}: category "${rawCategory}" of "${name}" is not A, B or C`,
      );
    }
    const key = normalizeOccupationName(name);
    const prior = seen.get(key);
    if (prior) {
      if (prior.category !== category) {
        throw new CatalogError(
          `${source} 第${r + 1}行: “${name}”重复且类别不一致（${prior.category}/${category}） / row ${r + 1}: "${name}" is listed twice with categories ${prior.category} and ${category}`,
        );
      }
      continue;
    }
    const entry: CatalogEntry = { name, category };
    const code = cols.code >= 0 ? cellText(row[cols.code]) : '';
    if (code) entry.code = code;
    const online = cols.online >= 0 ? cellText(row[cols.online]) : '';
    if (online) entry.online = online;
    seen.set(key, entry);
    entries.push(entry);
  }
  return buildCatalog(entries, source);
}

/** Reads a catalog from CSV text (UTF-8 already decoded; a leading BOM is ignored). See parseCatalogRows. */
export function parseCatalogCsv(text: string, source: string): Catalog {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: false });
  return parseCatalogRows(parsed.data, source);
}
