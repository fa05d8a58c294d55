// 只生成公示名单: the notice sheet (a core SheetModel) in a workbook of its own, rendered by the CLI's own
// renderer (src/xlsx/render renderSheet, as assemble --notice-out) with ExcelJS's browser bundle, loaded
// lazily, and handed to the clerk as a download.
import type ExcelJS from 'exceljs';
import type { SheetModel } from '../../core';
import { renderSheet } from '../../xlsx/render';
import { download } from './export';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function noticeWorkbook(sheet: SheetModel): Promise<ArrayBuffer> {
  const mod = (await import(/* webpackChunkName: "exceljs" */ 'exceljs/dist/exceljs.min.js')) as unknown as
    typeof ExcelJS | { default: typeof ExcelJS };
  const lib = 'Workbook' in mod ? mod : mod.default;
  const wb = new lib.Workbook();
  // the notice has no in-workbook links: renderSheet alone, without renderSheets' link patch (Node only)
  renderSheet(wb, sheet);
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}

/** renders and downloads the notice-only workbook; gives the file name */
export async function saveNotice(sheet: SheetModel): Promise<string> {
  const name = `${sheet.name}.xlsx`;
  download(name, await noticeWorkbook(sheet), XLSX_TYPE);
  return name;
}
