// The 补贴台账 section's strings (Strings.ledger), Simplified Chinese and English.
export interface LedgerStrings {
  heading: string;
  statusLine: (records: number, people: number, institutions: number) => string;
  notCreated: string;
  noHeader: (sheet: string) => string;
  rejected: (rows: number) => string;
  checkToggle: string;
  checkHint: string;
  checkedAgainst: (records: number, findings: number) => string;
  importButton: string;
  importHint: string;
  importLine: (file: string, rows: number, added: number, duplicates: number) => string;
  importUnreadable: (rows: string) => string;
  importFailed: (file: string, why: string) => string;
  imported: (added: number, files: number) => string;
  noRosterHeader: string;
  xlsxUnsupported: string;
  paidOn: string;
  recordButton: string;
  recordHint: string;
  recordNeedsCheck: string;
  recorded: (added: number, sheet: string, firstRow: number, fp: string) => string;
  alreadyRecorded: (sheet: string, fp: string) => string;
  skippedDuplicates: (n: number) => string;
  notRecordedExcluded: (rows: string) => string;
  notRecordedUnreadable: (rows: string) => string;
  nothingToRecord: string;
  refusedRepeats: (n: number, rows: string) => string;
  badPaidOn: string;
  rowList: (rows: number[]) => string;
}

function rowsZh(rows: number[]): string {
  const shown = rows.slice(0, 20).join('、');
  return rows.length > 20 ? `第 ${shown} 等 ${rows.length} 行` : `第 ${shown} 行`;
}

function rowsEn(rows: number[]): string {
  const shown = rows.slice(0, 20).join(', ');
  return rows.length > 20 ? `rows ${shown} … (${rows.length} in all)` : `row${rows.length > 1 ? 's' : ''} ${shown}`;
}

export const ledgerZh: LedgerStrings = {
  heading: '补贴台账',
  statusLine: (records, people, institutions) =>
    `本工作簿的「补贴台账」：${records} 条记录，${people} 人，${institutions} 家培训机构。`,
  notCreated: '本工作簿未建立补贴台账（登记入账或导入花名册时自动建立「补贴台账」工作表）。',
  noHeader: (sheet) => `工作表「${sheet}」没有身份证号码列，无法作为台账读取或追加。`,
  rejected: (rows) => `另有 ${rows} 行身份证号码无法识别，不参与比对。`,
  checkToggle: '对照补贴台账核验',
  checkHint: '开始校验时同时比对台账：一年内超过 3 次、同职业同等级重复、培训时间重叠、同一身份证号不同姓名。',
  checkedAgainst: (records, findings) =>
    `上次校验已对照台账 ${records} 条记录，发现 ${findings} 个重复享受补贴的问题。`,
  importButton: '导入花名册到台账…',
  importHint:
    '选择一个或多个已拨付的花名册文件（.xlsx 或 .csv），在本窗格内读取后追加到台账；已在台账中的记录不会重复导入。',
  importLine: (file, rows, added, duplicates) =>
    `${file}：读取 ${rows} 行，新增 ${added} 条${duplicates ? `，${duplicates} 条已在台账中` : ''}。`,
  importUnreadable: (rows) => `身份证号码无法识别、未导入：${rows}`,
  importFailed: (file, why) => `${file}：无法导入（${why}）`,
  imported: (added, files) => `已从 ${files} 个文件导入 ${added} 条记录到补贴台账。`,
  noRosterHeader: '未找到含身份证号码列的花名册表头',
  xlsxUnsupported: '此环境不能读取 .xlsx 文件',
  paidOn: '拨付日期（可选）',
  recordButton: '登记入账',
  recordHint: '将上次校验中纳入申领的行登记到补贴台账，每行带花名册指纹；重复点击不会重复登记。',
  recordNeedsCheck: '请先开始校验，再登记入账。',
  recorded: (added, sheet, firstRow, fp) =>
    `已登记入账 ${added} 条：「${sheet}」→「补贴台账」第 ${firstRow} 行起（花名册指纹 ${fp}…）。`,
  alreadyRecorded: (sheet, fp) => `「${sheet}」已于此前登记入账（花名册指纹 ${fp}…），本次未重复登记。`,
  skippedDuplicates: (n) => `跳过已在台账中的 ${n} 条。`,
  notRecordedExcluded: (rows) => `未纳入申领的行未登记（有错误、与台账重复或金额无法识别）：${rows}。`,
  notRecordedUnreadable: (rows) => `身份证号码无法识别的行未登记：${rows}。`,
  nothingToRecord: '没有可登记的行（所有行都有错误或金额无法识别）。',
  refusedRepeats: (n, rows) =>
    `与补贴台账比对发现 ${n} 处重复享受补贴的问题（${rows}），未登记。请打开「对照补贴台账核验」重新校验：这些行将作为错误不纳入申领。`,
  badPaidOn: '拨付日期应写作 YYYY-MM-DD。',
  rowList: rowsZh,
};

export const ledgerEn: LedgerStrings = {
  heading: 'Subsidy ledger',
  statusLine: (records, people, institutions) =>
    `This workbook's ledger (补贴台账): ${records} records, ${people} people, ${institutions} institutions.`,
  notCreated:
    'This workbook has no subsidy ledger yet (the 补贴台账 sheet is created when a claim is recorded or rosters are imported).',
  noHeader: (sheet) => `Sheet '${sheet}' has no ID number column: it cannot be read or appended to as a ledger.`,
  rejected: (rows) => `${rows} more rows have an ID that cannot be read and are not compared.`,
  checkToggle: 'Check against the ledger',
  checkHint:
    'Start check also compares with the ledger: more than 3 a year, same occupation and level, overlapping training, one ID under two names.',
  checkedAgainst: (records, findings) =>
    `The last check compared with ${records} ledger records and found ${findings} repeat-claim findings.`,
  importButton: 'Import rosters into the ledger…',
  importHint:
    'Choose one or more paid roster files (.xlsx or .csv); they are read in this pane and appended to the ledger. Records already there are not added again.',
  importLine: (file, rows, added, duplicates) =>
    `${file}: ${rows} rows read, ${added} added${duplicates ? `, ${duplicates} already in the ledger` : ''}.`,
  importUnreadable: (rows) => `ID cannot be read, not imported: ${rows}`,
  importFailed: (file, why) => `${file}: cannot import (${why})`,
  imported: (added, files) => `Imported ${added} records from ${files} file(s) into the ledger.`,
  noRosterHeader: 'no roster header with an ID number column was found',
  xlsxUnsupported: '.xlsx files cannot be read here',
  paidOn: 'Date paid (optional)',
  recordButton: 'Record in ledger',
  recordHint:
    "Appends the last check's claimed rows to the ledger, each with the roster fingerprint; pressing it again adds nothing.",
  recordNeedsCheck: 'Run the check first, then record it in the ledger.',
  recorded: (added, sheet, firstRow, fp) =>
    `Recorded ${added} rows: '${sheet}' → 补贴台账 from row ${firstRow} (roster fingerprint ${fp}…).`,
  alreadyRecorded: (sheet, fp) => `'${sheet}' was already recorded (roster fingerprint ${fp}…); nothing added.`,
  skippedDuplicates: (n) => `Skipped ${n} rows already in the ledger.`,
  notRecordedExcluded: (rows) =>
    `Rows not in the claim were not recorded (errors, repeats of the ledger, no amount): ${rows}.`,
  notRecordedUnreadable: (rows) => `Rows with an unreadable ID were not recorded: ${rows}.`,
  nothingToRecord: 'Nothing to record (every row has errors or no readable amount).',
  refusedRepeats: (n, rows) =>
    `${n} repeat-claim findings against the ledger (${rows}); nothing recorded. Turn on 'Check against the ledger' and check again: those rows are then errors and left out of the claim.`,
  badPaidOn: 'Date paid must be written as YYYY-MM-DD.',
  rowList: rowsEn,
};
