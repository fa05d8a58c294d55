// One marking model, two hosts: the same check result written through src/office (Office.js double) and
// src/wps (WPS double) leaves the same fills, notes and 校验结果 cells — in both languages.
import { buildWorkbook, cellState, installOfficeDouble, markMap } from '../office-double';
import { cellRef } from '../office-double/address';
import { buildWpsWorkbook, installWpsDouble, wpsCell, wpsMarks } from '../wps-double';
import { createOfficeHost } from '../../src/office';
import { createWpsHost } from '../../src/wps';
import { resultsSheetFor, type Locale } from '../../src/core';
import { faults, resultOf } from '../office/fixtures';
import { SHEET, WORKBOOK } from './suite';

// each host writes the roster's own results sheet (校验结果-<sheet>), the CLI's marked copy 校验结果
const REPORT = resultsSheetFor(SHEET);

async function officeRun(locale: Locale) {
  const d = installOfficeDouble();
  try {
    buildWorkbook(d.model, WORKBOOK);
    // awaited inside try: the double's globals (Excel.SheetVisibility …) stay installed until the run ends
    return await createOfficeHost()
      .writeMarks(SHEET, resultOf(faults(20, 1)), { locale })
      .then(() => {
        const marks = Object.fromEntries(
          [...markMap(d.model, SHEET)].map(([k, v]) => [cellRef(Math.floor(k / 16384), k % 16384), v]),
        );
        const report = d.model.sheet(REPORT)!;
        const cells: Record<string, unknown> = {};
        for (const [k, c] of report.cells) {
          if (c.value === null && !c.formula) continue;
          const addr = cellRef(Math.floor(k / 16384), k % 16384);
          cells[addr] = cellState(d.model, REPORT, addr).formula ?? c.value;
        }
        return { marks, cells };
      });
  } finally {
    d.uninstall();
  }
}

async function wpsRun(locale: Locale) {
  const d = installWpsDouble();
  try {
    buildWpsWorkbook(d.model, WORKBOOK);
    await createWpsHost().writeMarks(SHEET, resultOf(faults(20, 1)), { locale });
    const cells: Record<string, unknown> = {};
    for (const [k, c] of d.model.sheet(REPORT)!.cells) {
      if (c.value === null && !c.formula) continue;
      const [r, col] = k.split(':').map(Number);
      const addr = cellRef(r, col);
      cells[addr] = wpsCell(d.model, REPORT, addr).formula ?? c.value;
    }
    return { marks: Object.fromEntries(wpsMarks(d.model, SHEET)), cells };
  } finally {
    d.uninstall();
  }
}

describe.each<Locale>(['zh-CN', 'en-US'])('same marks from both hosts (%s)', (locale) => {
  it('gives equal fills, notes and 校验结果 cells', async () => {
    const office = await officeRun(locale);
    const wps = await wpsRun(locale);
    expect(Object.keys(wps.marks).length).toBeGreaterThan(10);
    expect(wps.marks).toEqual(office.marks);
    expect(Object.keys(wps.cells).length).toBeGreaterThan(40);
    expect(wps.cells).toEqual(office.cells);
  });
});
