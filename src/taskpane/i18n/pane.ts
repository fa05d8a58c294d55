// Strings of the pane's clerk tools (Strings.pane): the mapping summary, dates, staleness, fixes,
// selecting flagged cells, export and the notice-only workbook. Simplified Chinese and English.
export interface PaneStrings {
  mappingSummary: (columns: number) => string;
  mappingEdit: string;
  mappingClose: string;
  datePlaceholder: string;
  dateInvalid: string;
  stale: string;
  staleSetting: string;
  recheck: string;
  recheckRows: (rows: number) => string;
  claimStale: string;
  rechecked: (rows: number, findings: number) => string;
  selectionFindings: (address: string, n: number) => string;
  fixesHeading: string;
  fixIds: string;
  fixIdFormat: string;
  fixAmounts: string;
  fixAmountOne: string;
  preview: (cells: number) => string;
  undoNote: string;
  applyFix: string;
  cancelFix: string;
  nothingToFix: string;
  fixed: (cells: number) => string;
  selectFlagged: string;
  selectedCells: (cells: number, areas: number) => string;
  exportXlsx: string;
  exportCsv: string;
  noticeOnly: string;
  noticeWritten: (sheet: string) => string;
  includeUnrated: string;
  includeUnratedHint: string;
}

export const paneZh: PaneStrings = {
  mappingSummary: (n) => `已识别 ${n} 列，全部必需列已找到`,
  mappingEdit: '修改',
  mappingClose: '收起',
  datePlaceholder: 'YYYY-MM-DD 或 2021年3月1日',
  dateInvalid: '日期无法识别，请写成 2021-03-01 或 2021年3月1日',
  stale: '表格已修改，结果可能已过期',
  staleSetting: '设置已更改，结果可能已过期',
  recheck: '重新校验',
  recheckRows: (n) => `重新校验已修改的 ${n} 行`,
  claimStale: '表格或设置在上次校验后已修改，结果可能已过期：请先重新校验，再生成申报材料。',
  rechecked: (rows, findings) => `已重新校验 ${rows} 行，现有 ${findings} 条问题。`,
  selectionFindings: (a, n) => `所选单元格 ${a} 有 ${n} 条问题`,
  fixesHeading: '一键修正',
  fixIds: '规范身份证号（全角数字、空格、不可见字符、小写 x）',
  fixIdFormat: '身份证号列设为文本格式',
  fixAmounts: '填入全部应发金额',
  fixAmountOne: '填入应发金额',
  preview: (n) => `将修改 ${n} 个单元格`,
  undoNote: '注意：加载项写入会清空 Excel 的撤消记录，修改后无法用 Ctrl+Z 撤消。',
  applyFix: '确认修改',
  cancelFix: '取消',
  nothingToFix: '没有需要修改的单元格',
  fixed: (n) => `已修改 ${n} 个单元格，已记入校验结果表。`,
  selectFlagged: '选中标记的单元格',
  selectedCells: (cells, areas) => `已选中 ${cells} 个单元格（${areas} 个区域）`,
  exportXlsx: '导出问题清单 .xlsx',
  exportCsv: '导出问题清单 .csv',
  noticeOnly: '只生成公示名单',
  noticeWritten: (sheet) => `已生成公示名单（工作表“${sheet}”）。`,
  includeUnrated: '纳入政策无补贴标准的行',
  includeUnratedHint:
    '与命令行 --include-unrated 相同：政策未规定补贴标准的行（如郑州 2021 的专项职业能力证书）也按花名册金额纳入，并在备注中标明。',
};

export const paneEn: PaneStrings = {
  mappingSummary: (n) => `${n} columns recognised, every required column found`,
  mappingEdit: 'Change',
  mappingClose: 'Close',
  datePlaceholder: 'YYYY-MM-DD',
  dateInvalid: 'Unreadable date: write it as 2021-03-01',
  stale: 'The sheet has changed: the results may be out of date',
  staleSetting: 'A setting has changed: the results may be out of date',
  recheck: 'Check again',
  recheckRows: (n) => `Check the ${n} changed rows again`,
  claimStale: 'The sheet or a setting changed after the last check: check again before generating the claim.',
  rechecked: (rows, findings) => `Checked ${rows} rows again; ${findings} findings now.`,
  selectionFindings: (a, n) => `${n} findings on the selected cell ${a}`,
  fixesHeading: 'Fixes',
  fixIds: 'Normalise ID numbers (full-width digits, spaces, invisible characters, lowercase x)',
  fixIdFormat: 'Set the ID column to text format',
  fixAmounts: 'Fill every expected amount',
  fixAmountOne: 'Fill the expected amount',
  preview: (n) => `Will change ${n} cells`,
  undoNote: 'Note: writes by an add-in clear Excel’s undo history; Ctrl+Z cannot undo them.',
  applyFix: 'Apply',
  cancelFix: 'Cancel',
  nothingToFix: 'No cell needs changing',
  fixed: (n) => `Changed ${n} cells; listed in the results sheet.`,
  selectFlagged: 'Select flagged cells',
  selectedCells: (cells, areas) => `Selected ${cells} cells (${areas} areas)`,
  exportXlsx: 'Export findings .xlsx',
  exportCsv: 'Export findings .csv',
  noticeOnly: 'Notice list only',
  noticeWritten: (sheet) => `Notice list written (sheet "${sheet}").`,
  includeUnrated: 'Claim rows without a policy rate',
  includeUnratedHint:
    'As --include-unrated: rows whose certificate has no rate in the policy are claimed at the roster amount (marked).',
};
