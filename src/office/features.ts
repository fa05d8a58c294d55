/// <reference types="office-js" />
// What this Excel can do beyond the manifest's minimum (ExcelApi 1.7), asked once per operation through
// Office.context.requirements.isSetSupported, and how the adapter degrades without it:
// - RangeAreas (Worksheet.getRanges) and Range.getCellProperties, ExcelApi 1.9: without them fills are
//   written run by run (one Worksheet.getRange per run of cells, within the sync budget) and read cell by
//   cell (RangeFill.color, ExcelApi 1.1).
// - Notes (Worksheet.notes, ExcelApi 1.18) carry the reasons on the cell; without them threaded comments
//   (Worksheet.comments, ExcelApi 1.10) do; without both the reasons are in the 校验结果 sheet only.
// - Page layout (ExcelApi 1.9) and merged areas (ExcelApi 1.13) are detected where they are used.

/** where the reasons of a mark go on the cell: a note, a threaded comment, or nowhere (results sheet only) */
export type Annotation = 'note' | 'comment' | 'none';

export interface HostFeatures {
  /** Worksheet.getRanges and Range.getCellProperties (ExcelApi 1.9) */
  rangeAreas: boolean;
  annotation: Annotation;
}

export const FULL_FEATURES: HostFeatures = { rangeAreas: true, annotation: 'note' };

/** Whether the host has this ExcelApi version (events and hyperlinks 1.7, page layout and RangeAreas 1.9). */
export function apiSupported(version: string): boolean {
  return typeof Office !== 'undefined' && Boolean(Office.context?.requirements?.isSetSupported('ExcelApi', version));
}

/** the features of the Excel the add-in runs in (all of them where Office.js is not loaded, as in unit tests) */
export function hostFeatures(): HostFeatures {
  if (typeof Office === 'undefined') return FULL_FEATURES;
  return {
    rangeAreas: apiSupported('1.9'),
    annotation: apiSupported('1.18') ? 'note' : apiSupported('1.10') ? 'comment' : 'none',
  };
}
