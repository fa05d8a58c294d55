/**
 * Which sheets of a workbook hold rosters. Every sheet is judged: hidden sheets, the tool's own sheets,
 * instructions (填表说明), examples (填写示例 / 样表), summaries (汇总) and dictionaries (字典, the lists
 * behind drop-downs) are not rosters, by their name or by the words above their header; a sheet whose
 * header is found is a roster, scored by its trainee rows (a name or an ID-shaped value). Without
 * --sheet every roster with trainees is checked, so a workbook is never passed having read no trainee.
 */
import type { Grid, Locale, RosterLayout } from '../types';
import { isGeneratedSheet } from '../sheet-names';
import { detectLayout, type MappingOverride } from './detect';

export type SheetKind =
  'roster' | 'hidden' | 'generated' | 'instructions' | 'example' | 'summary' | 'dictionary' | 'no-header';

export interface SheetVerdict {
  name: string;
  kind: SheetKind;
  /** trainee rows under the header (rosters only) */
  trainees: number;
  /** a roster's required columns were all found */
  complete: boolean;
  layout?: RosterLayout;
}

const NAME_KINDS: [SheetKind, RegExp][] = [
  ['instructions', /说明|须知|填表|指南|注意事项|readme/i],
  ['example', /示例|样表|样例|范例|example|sample/i],
  ['summary', /汇总|统计|总表|summary/i],
  ['dictionary', /字典|代码|下拉|选项|数据源|参数|码表|dict|lookup|list/i],
];

/** Words above a header that make its table an example, not the roster. */
const EXAMPLE_WORDS = /填写示例|填表示例|示例|样表|样例|范例/;
const ID_SHAPE = /^\s*\d{17}[\dXx]\s*$|^\s*\d{15}\s*$/;

function kindOfName(name: string): SheetKind | null {
  for (const [kind, re] of NAME_KINDS) if (re.test(name)) return kind;
  return null;
}

/** The text of the rows above the header (titles), and the sheet's first cell. */
function textAbove(grid: Grid, headerRow: number): string {
  const out: string[] = [];
  for (let r = 0; r < headerRow - grid.originRow && r < 30; r++) {
    for (const v of grid.values[r] ?? []) if (typeof v === 'string') out.push(v);
  }
  return out.join(' ');
}

/** Trainee rows: data rows with a name, or with an ID-shaped value in any cell. */
function countTrainees(grid: Grid, layout: RosterLayout): number {
  const nameCol = layout.columns.find((c) => c.field === 'name')?.col;
  let n = 0;
  for (const row of layout.dataRows) {
    const values = grid.values[row - grid.originRow] ?? [];
    const name = nameCol === undefined ? null : values[nameCol - grid.originCol];
    if (
      (typeof name === 'string' && name.trim() !== '') ||
      values.some((v) => typeof v === 'string' && ID_SHAPE.test(v))
    )
      n++;
  }
  return n;
}

/** Judges one sheet; grid() is called only when the name and visibility leave it a candidate. */
export function judgeSheet(name: string, hidden: boolean, grid: () => Grid, mapping?: MappingOverride): SheetVerdict {
  const none = (kind: SheetKind): SheetVerdict => ({ name, kind, trainees: 0, complete: false });
  if (isGeneratedSheet(name)) return none('generated');
  if (hidden) return none('hidden');
  const byName = kindOfName(name);
  if (byName) return none(byName);
  const g = grid();
  let layout: RosterLayout;
  try {
    layout = detectLayout(g, mapping);
  } catch {
    return none('no-header');
  }
  if (!layout.headerRows.length && !layout.columns.length) return none('no-header');
  const first = g.values[0]?.find((v) => typeof v === 'string' && v.trim() !== '');
  if (typeof first === 'string' && /^\s*填表说明/.test(first)) return none('instructions');
  if (layout.headerRows.length && EXAMPLE_WORDS.test(textAbove(g, layout.headerRows[0]))) return none('example');
  return { name, kind: 'roster', trainees: countTrainees(g, layout), complete: layout.missing.length === 0, layout };
}

/**
 * The rosters to check: every complete roster with trainees; else the one partial roster with the most
 * trainees (its missing columns are reported); else the first roster with no trainees (未找到学员数据);
 * else none.
 */
export function rosterSheets(verdicts: SheetVerdict[]): SheetVerdict[] {
  const rosters = verdicts.filter((v) => v.kind === 'roster');
  const complete = rosters.filter((v) => v.complete && v.trainees > 0);
  if (complete.length) return complete;
  const partial = rosters.filter((v) => v.trainees > 0).sort((a, b) => b.trainees - a.trainees);
  if (partial.length) return [partial[0]];
  return rosters.length ? [rosters[0]] : [];
}

const WHY: Record<Exclude<SheetKind, 'roster'>, Record<Locale, string>> = {
  hidden: { 'zh-CN': '隐藏', 'en-US': 'hidden' },
  generated: { 'zh-CN': '本工具生成', 'en-US': 'written by this tool' },
  instructions: { 'zh-CN': '填表说明', 'en-US': 'instructions' },
  example: { 'zh-CN': '填写示例', 'en-US': 'example' },
  summary: { 'zh-CN': '汇总表', 'en-US': 'summary' },
  dictionary: { 'zh-CN': '字典/下拉选项', 'en-US': 'lists for drop-downs' },
  'no-header': { 'zh-CN': '无花名册表头', 'en-US': 'no roster header' },
};

/** Why a sheet was checked: its trainees, the other rosters, and the sheets passed over and why. */
export function sheetReason(chosen: SheetVerdict, all: SheetVerdict[], locale: Locale): string {
  const zh = locale === 'zh-CN';
  const rosters = rosterSheets(all);
  const others = all.filter((v) => v !== chosen && !rosters.includes(v));
  const skipped = others.map((v) => {
    const why =
      v.kind === 'roster'
        ? zh
          ? v.trainees
            ? '缺必需的列'
            : '无学员数据'
          : v.trainees
            ? 'required columns missing'
            : 'no trainees'
        : WHY[v.kind][locale];
    return zh ? `「${v.name}」（${why}）` : `"${v.name}" (${why})`;
  });
  const parts: string[] = [];
  parts.push(zh ? `含花名册表头和 ${chosen.trainees} 名学员` : `roster header with ${chosen.trainees} trainee(s)`);
  if (rosters.length > 1)
    parts.push(
      zh
        ? `工作簿中 ${rosters.length} 个花名册之一，逐一核验`
        : `one of ${rosters.length} rosters in the workbook, each checked`,
    );
  if (skipped.length)
    parts.push(zh ? `未作为花名册：${skipped.join('、')}` : `not taken for rosters: ${skipped.join(', ')}`);
  return parts.join(zh ? '；' : '; ');
}
