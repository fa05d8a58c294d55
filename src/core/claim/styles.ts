// The look shared by the claim sheets: black on white, 宋体 body, 黑体 titles, thin ruled boxes, like the
// forms printed by the HR bureaus.
import type { Borders, CellStyle } from '../sheet';

const BOX: Borders = { top: 'thin', bottom: 'thin', left: 'thin', right: 'thin' };
const BODY = '宋体';
const HEAD = '黑体';

export const CLAIM_STYLES: Record<string, CellStyle> = {
  title: { font: HEAD, size: 18, bold: true, h: 'center', v: 'middle' },
  subtitle: { font: BODY, size: 11, h: 'left', v: 'middle', wrap: true },
  subtitleRight: { font: BODY, size: 11, h: 'right', v: 'middle' },
  th: { font: HEAD, size: 11, bold: true, h: 'center', v: 'middle', wrap: true, border: BOX },
  label: { font: BODY, size: 11, h: 'center', v: 'middle', wrap: true, border: BOX },
  td: { font: BODY, size: 11, h: 'center', v: 'middle', wrap: true, border: BOX },
  tdLeft: { font: BODY, size: 11, h: 'left', v: 'middle', wrap: true, border: BOX },
  tdTop: { font: BODY, size: 11, h: 'left', v: 'top', wrap: true, border: BOX },
  tdText: { font: BODY, size: 11, h: 'center', v: 'middle', border: BOX, numFmt: '@' },
  int: { font: BODY, size: 11, h: 'center', v: 'middle', border: BOX, numFmt: '0' },
  money: { font: BODY, size: 11, h: 'right', v: 'middle', border: BOX, numFmt: '#,##0.00' },
  totalLabel: { font: HEAD, size: 11, bold: true, h: 'center', v: 'middle', border: BOX },
  totalInt: { font: BODY, size: 11, bold: true, h: 'center', v: 'middle', border: BOX, numFmt: '0' },
  totalMoney: { font: BODY, size: 11, bold: true, h: 'right', v: 'middle', border: BOX, numFmt: '#,##0.00' },
  capital: { font: BODY, size: 11, bold: true, h: 'left', v: 'middle', wrap: true, border: BOX },
  small: { font: BODY, size: 9, h: 'left', v: 'middle', wrap: true, border: BOX },
  smallWarn: { font: BODY, size: 9, bold: true, color: 'C00000', h: 'left', v: 'middle', wrap: true, border: BOX },
  basis: { font: BODY, size: 10, h: 'left', v: 'middle', wrap: true },
  basisWarn: { font: BODY, size: 10, bold: true, color: 'C00000', h: 'left', v: 'middle', wrap: true },
  note: { font: BODY, size: 10, h: 'left', v: 'top', wrap: true },
  sign: { font: BODY, size: 11, h: 'left', v: 'bottom' },
  section: { font: HEAD, size: 12, bold: true, h: 'left', v: 'middle' },
  link: { font: BODY, size: 11, color: '0563C1', h: 'center', v: 'middle', border: BOX },
  statusDone: { font: BODY, size: 11, h: 'center', v: 'middle', border: BOX },
  statusTodo: { font: BODY, size: 11, bold: true, h: 'center', v: 'middle', border: BOX },
};

/** 2025年10月9日 */
export function chineseDate(d: { y: number; m: number; d: number }): string {
  return `${d.y}年${d.m}月${d.d}日`;
}

/** The blank date line of a signature block. */
export const BLANK_DATE = '年    月    日';

/** The height of a header row whose cells wrap: the tallest header in its column, bold 11 pt (18 points a line). */
export function headerHeight(headers: readonly string[], widths: readonly number[]): number {
  return Math.max(32, ...headers.map((h, i) => (fitHeight(h, widths[i] ?? 8) - 8) * 1.2 + 10));
}

/**
 * A row height (points) that shows the text wrapped in a box `widthChars` Excel characters wide:
 * CJK characters count two, each line 15 points, at least `min`.
 */
export function fitHeight(text: string, widthChars: number, min = 22): number {
  let lines = 0;
  for (const line of text.split('\n')) {
    let w = 0;
    for (const ch of line) w += ch.charCodeAt(0) > 0x2e7f ? 2 : 1;
    lines += Math.max(1, Math.ceil(w / Math.max(1, widthChars - 2)));
  }
  return Math.max(min, lines * 15 + 8);
}
