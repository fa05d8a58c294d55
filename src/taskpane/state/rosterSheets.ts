// When the active sheet holds no roster: which sheets of the workbook do (core/layout/sheets.ts judges
// each visible sheet the host lists, reading its used range).
import type { MappingOverride } from '../../core';
import { judgeSheet, rosterSheets, type SheetVerdict } from '../../core';
import type { Grid, RosterLayout } from '../../core';
import type { RosterHost } from '../../core';

/** true when a read found no roster: no header, missing columns or no trainee rows. */
export function holdsNoRoster(layout: RosterLayout | undefined): boolean {
  return !layout || !layout.headerRows.length || layout.missing.length > 0 || layout.dataRows.length === 0;
}

/** The visible sheets other than `except` that hold rosters with trainees, in tab order. */
export async function findRosterSheets(
  host: Pick<RosterHost, 'listSheets' | 'readSheetGrid'>,
  except: string,
  mapping?: MappingOverride,
): Promise<string[]> {
  const names = (await host.listSheets()).filter((n) => n !== except);
  const verdicts: SheetVerdict[] = [];
  for (const name of names) {
    const grid: Grid = (await host.readSheetGrid(name)) ?? { originRow: 1, originCol: 1, values: [] };
    verdicts.push(judgeSheet(name, false, () => grid, mapping));
  }
  return rosterSheets(verdicts)
    .filter((v) => v.trainees > 0)
    .map((v) => v.name);
}
