// The roster's Grid straight from the package's XML (sheet-grid.ts: one linear scan, the sheet's
// text read a piece at a time as it is inflated), shared strings and number formats read once. It
// gives the same Grid as ExcelJS's full reader (sheetToGrid; a test compares them on every fixture)
// in a fraction of the time and memory, and only for the sheets the chooser actually looks at.
import * as path from 'path';
import type { Grid } from '../core';
import { refuseDoctype } from './limits';
import { isRel, type XlsxPackage } from './package';
import { isDateFormat, SheetGridReader, type CellSource } from './sheet-grid';
import { SharedStringsReader } from './shared-strings';
import { findElement, findStartTag, getAttr, rootPrefix } from './xml';
import { WorkbookPart } from './workbook-part';

// ExcelJS's table of built-in number formats (ids without an entry, like 0, have none)
// eslint-disable-next-line @typescript-eslint/no-require-imports
const BUILTIN = require('exceljs/lib/xlsx/defaultnumformats') as Record<number, { f?: string }>;

export interface PackageSheet {
  name: string;
  hidden: boolean;
  part: string;
  /** the Grid, the sheet inflated and read a piece at a time (neither its bytes nor its text ever whole) */
  grid(): Grid;
}

/** The number format code of each cell format (cellXfs), as ExcelJS names them; '' for General. */
function formatCodes(xml: string): string[] {
  const p = rootPrefix(xml, 'styleSheet');
  const custom = new Map<number, string>();
  const nf = findElement(xml, `${p}numFmts`);
  if (nf) {
    for (
      let t = findStartTag(xml, `${p}numFmt`, nf[0] + 1);
      t && t[0] < nf[1];
      t = findStartTag(xml, `${p}numFmt`, t[1])
    ) {
      const tag = xml.slice(t[0], t[1]);
      custom.set(Number(getAttr(tag, 'numFmtId')), getAttr(tag, 'formatCode') ?? '');
    }
  }
  const out: string[] = [];
  const xfs = findElement(xml, `${p}cellXfs`);
  if (!xfs) return out;
  for (let t = findStartTag(xml, `${p}xf`, xfs[0] + 1); t && t[0] < xfs[1]; t = findStartTag(xml, `${p}xf`, t[1])) {
    const id = Number(getAttr(xml.slice(t[0], t[1]), 'numFmtId') ?? 0);
    out.push(id ? (custom.get(id) ?? BUILTIN[id]?.f ?? '') : '');
  }
  return out;
}

/** The shared strings part's items, read a piece at a time as it is inflated ([] when there is no such part). */
function readStrings(pkg: XlsxPackage, part: string): string[] {
  const pieces = pkg.pieces(part);
  if (!pieces) return [];
  const r = new SharedStringsReader((head) => refuseDoctype(head, pkg.file, part));
  for (const piece of pieces) r.push(piece);
  return r.end();
}

/**
 * The package's worksheets in tab order, each with a lazy Grid; null when the workbook's sheets
 * cannot be resolved to worksheet parts (the caller then uses ExcelJS's full reader).
 */
export function packageSheets(pkg: XlsxPackage): PackageSheet[] | null {
  const wb = WorkbookPart.open(pkg);
  // worksheets only: chart sheets hold no cells
  const refs = wb.sheets().filter((s) => !isRel(s.relType, 'chartsheet'));
  if (!refs.length || refs.some((s) => !s.part || !isRel(s.relType, 'worksheet') || !pkg.has(s.part))) return null;
  const prTag = findStartTag(wb.xml, 'workbookPr');
  const date1904 = /^(1|true)$/.test((prTag && getAttr(wb.xml.slice(prTag[0], prTag[1]), 'date1904')) ?? '');
  const rels = pkg.rels(wb.part);
  let src: CellSource | null = null;
  const source = (): CellSource => {
    if (src) return src;
    const ss = rels.find((r) => isRel(r.type, 'sharedStrings'));
    const st = rels.find((r) => isRel(r.type, 'styles'));
    const stXml = st ? pkg.text(st.target) : null;
    const formats = stXml ? formatCodes(stXml) : [];
    return (src = {
      strings: ss ? readStrings(pkg, ss.target) : [],
      formats,
      dates: formats.map(isDateFormat),
      date1904,
    });
  };
  const states = new Map<string, string>();
  const list = findElement(wb.xml, 'sheets');
  for (
    let t = list && findStartTag(wb.xml, 'sheet', list[0]);
    t && list && t[0] < list[1];
    t = findStartTag(wb.xml, 'sheet', t[1])
  ) {
    const tag = wb.xml.slice(t[0], t[1]);
    states.set(getAttr(tag, 'name') ?? '', getAttr(tag, 'state') ?? 'visible');
  }
  const reader = (s: { name: string; part: string }) =>
    new SheetGridReader(
      source(),
      `${path.resolve(pkg.file)}（工作表「${s.name}」）`,
      (head) => refuseDoctype(head, pkg.file, s.part),
      pkg.size(s.part),
    );
  return refs.map((s) => ({
    name: s.name,
    hidden: states.get(s.name) === 'hidden' || states.get(s.name) === 'veryHidden',
    part: s.part,
    grid: () => {
      const r = reader(s);
      for (const piece of pkg.pieces(s.part) ?? []) r.push(piece);
      return r.end();
    },
  }));
}
