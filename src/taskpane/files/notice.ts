// 只生成公示名单: the notice sheet (a core SheetModel) in a workbook of its own, as assemble --notice-out
// writes it, rendered by src/xlsx/browser-render.ts (the CLI's writer needs Node's zlib) with ExcelJS's
// browser bundle, loaded lazily, and handed to the clerk as a download.
import type ExcelJS from 'exceljs';
import type { SheetModel } from '../../core';
import { renderSheet } from '../../xlsx/browser-render';
import { download, XLSX_TYPE } from './export';

export async function noticeWorkbook(sheet: SheetModel): Promise<ArrayBuffer> {
  const mod = (await import(/* webpackChunkName: "exceljs" */ 'exceljs/dist/exceljs.min.js')) as unknown as
    typeof ExcelJS | { default: typeof ExcelJS };
  const lib = 'Workbook' in mod ? mod : mod.default;
  const wb = new lib.Workbook();
  renderSheet(wb, sheet);
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}

/** renders and downloads the notice-only workbook; gives the file name */
export async function saveNotice(sheet: SheetModel): Promise<string> {
  const name = `${sheet.name}.xlsx`;
  download(name, await noticeWorkbook(sheet), XLSX_TYPE);
  return name;
}
