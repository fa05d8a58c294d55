// Excel versions as the double plays them: the highest ExcelApi requirement set each one supports, so
// Office.context.requirements.isSetSupported answers as that Excel would and every API above it fails with
// ApiNotFound (getRanges and getCellProperties 1.9, comments 1.10, getMergedAreasOrNullObject 1.13, notes
// 1.18, page layout 1.9, freeze panes and hyperlinks 1.7).
//
// Source: "Excel JavaScript API requirement sets", OfficeDev/office-js-docs-reference,
// docs/requirement-sets/excel/excel-api-requirement-sets.md (commit fa81c2a76c03, ms.date 06/30/2026),
// https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets
// Its "volume-licensed perpetual/LTSC" column gives Office 2016 ExcelApi 1.1 only, Office 2019 up to 1.7,
// Office 2021 up to 1.14 and Office 2024 up to 1.17; ExcelApi 1.18 and later are "Not supported" there.
// Microsoft 365 on Windows and Mac and Excel on the web have the newest set, 1.21 (Windows Version 2606,
// Mac 16.110.1; the web "Supported"). Retail perpetual Office on Windows follows the Microsoft 365 builds.
import type { InstallOptions } from './office';

export interface ExcelVersion {
  /** the key used by tests and by the table in docs/sideload.md */
  key: string;
  /** how docs/sideload.md names it */
  label: string;
  /** the highest ExcelApi set it supports */
  excelApi: string;
}

export const EXCEL_VERSIONS: readonly ExcelVersion[] = [
  { key: 'excel-2016', label: 'Excel 2016 (volume licensed)', excelApi: '1.1' },
  { key: 'excel-2019', label: 'Excel 2019 (volume licensed)', excelApi: '1.7' },
  { key: 'excel-2021', label: 'Excel 2021 (volume licensed)', excelApi: '1.14' },
  { key: 'excel-2024', label: 'Excel 2024 (volume licensed)', excelApi: '1.17' },
  { key: 'm365-windows', label: 'Microsoft 365 on Windows', excelApi: '1.21' },
  { key: 'm365-mac', label: 'Microsoft 365 on Mac', excelApi: '1.21' },
  { key: 'excel-web', label: 'Excel on the web', excelApi: '1.21' },
];

export function excelVersion(key: string): ExcelVersion {
  const v = EXCEL_VERSIONS.find((x) => x.key === key);
  if (!v) throw new Error(`unknown Excel version mode '${key}'`);
  return v;
}

/** installOfficeDouble options that make the double answer as this Excel does */
export function versionConfig(key: string): InstallOptions {
  return { requirementSets: { ExcelApi: excelVersion(key).excelApi } };
}
