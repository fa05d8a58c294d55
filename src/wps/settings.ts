// Settings kept in the workbook. ET has no equivalent of Office.context.document.settings that we could
// find documented for WPS加载项 (see docs/wps.md), so the JSON goes into a very hidden sheet, in cells of
// column A of at most 30,000 characters each (a cell holds 32,767), formatted as text first.
import type { DocSettings } from '../core';
import { addSheet, deleteSheet, sheetOrNull, xlSheetVeryHidden, type EtApplication } from './et';
import { usedValues, writeTextRows } from './state';

export const SETTINGS_SHEET = '_RosterCheckSettings';
const HEADER = 'rosterCheck.settings.v1';
const CHUNK = 30_000;

export function loadSettings(app: EtApplication): DocSettings {
  const lines = usedValues(sheetOrNull(app, SETTINGS_SHEET));
  if (!lines.length || lines[0][0] !== HEADER) return {};
  try {
    const v = JSON.parse(
      lines
        .slice(1)
        .map((l) => String(l[0] ?? ''))
        .join(''),
    ) as unknown;
    return v && typeof v === 'object' ? (v as DocSettings) : {};
  } catch {
    return {};
  }
}

export function saveSettings(app: EtApplication, s: DocSettings): void {
  const json = JSON.stringify(s);
  const rows = [[HEADER]];
  for (let i = 0; i < json.length; i += CHUNK) rows.push([json.slice(i, i + CHUNK)]);
  const old = sheetOrNull(app, SETTINGS_SHEET);
  if (old) deleteSheet(app, old);
  writeTextRows(addSheet(app, SETTINGS_SHEET, xlSheetVeryHidden), rows);
}
