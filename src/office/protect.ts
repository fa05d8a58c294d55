/// <reference types="office-js" />
// Protected sheets are found before anything is written: Excel refuses every change to a protected sheet
// ("If worksheet protection is enabled and not paused, this method throws an `AccessDenied` error",
// @types/office-js, Excel.WorksheetProtection / AllowEditRange), which would leave half the marks written.

/** A roster (or our results sheet) is protected: says which and what to do, in Chinese with an English twin. */
export class ProtectedSheetError extends Error {
  readonly en: string;
  constructor(
    readonly sheetName: string,
    action: 'mark' | 'clear',
  ) {
    const zh = action === 'mark' ? '标记' : '清除标记';
    super(
      `工作表「${sheetName}」受保护，无法${zh}，工作簿未作任何改动。请在「审阅」选项卡点「撤消工作表保护」` +
        `（如有密码，请向设置保护的人索取），然后重试。`,
    );
    this.name = 'ProtectedSheetError';
    this.en =
      `The sheet "${sheetName}" is protected, so it cannot be ${action === 'mark' ? 'marked' : 'cleared'}; ` +
      'nothing was changed. Unprotect it (Review > Unprotect Sheet) and try again.';
  }
}

/** queues the load of Worksheet.protection.protected (ExcelApi 1.2) */
export function loadProtection(ws: Excel.Worksheet): Excel.WorksheetProtection {
  return ws.protection.load('protected');
}
