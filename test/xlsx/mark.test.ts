import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Finding, RosterLayout } from '../../src/core/types';
import { patchInternalHyperlinks } from '../../src/xlsx/links';
import { SEVERITY_FILL, writeWorkbookAtomic } from '../../src/xlsx/mark';
import { writeMarkedCopy } from '../../src/xlsx/marked-copy';
import { tempDir } from '../cli/run';
import { ruleByCode } from '../../src/core/rules';

const title = (code: string): string => ruleByCode(code)!.title['zh-CN'];

const layout: RosterLayout = {
  headerRows: [1],
  firstDataRow: 2,
  lastDataRow: 4,
  columns: [
    { field: 'seq', col: 1, header: '序号' },
    { field: 'name', col: 2, header: '姓名' },
    { field: 'id', col: 3, header: '身份证号码' },
  ],
  missing: [],
  dataRows: [2, 3, 4],
  notes: [],
};

function finding(
  code: string,
  severity: Finding['severity'],
  row: number,
  col: number,
  message: string,
  related?: number[],
): Finding {
  return { code, severity, row, col, params: {}, message, related, field: col === 3 ? 'id' : undefined };
}

function roster(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("张三's 花名册");
  ws.addRow(['序号', '姓名', '身份证号码']);
  ws.addRow([1, '张三', '410102199003071231']);
  ws.addRow([2, '李四', '410102199003071230']);
  ws.addRow([3, '王五', '410102199003071230']);
  ws.getCell('C4').note = '经办人已核对';
  // one style object shared by several cells must not spread the fill
  const shared = { font: { name: '宋体' } };
  ws.getCell('B2').style = shared;
  ws.getCell('B3').style = shared;
  return wb;
}

const findings: Finding[] = [
  finding('id.checksum', 'error', 2, 3, '校验码错误'),
  finding('id.unnormalized', 'warning', 2, 3, '含空格'),
  finding('dup.id', 'error', 3, 3, '与第 4 行重复', [4]),
  finding('dup.id', 'error', 4, 3, '与第 3 行重复', [3]),
  finding('class.size', 'warning', 3, 0, '整行问题'),
  finding('dup.phone', 'info', 4, 2, '提示'),
];

let dir: string;
beforeAll(async () => {
  dir = await tempDir('mark');
});

/** Writes wb (or takes a file), marks it with the package writer, and reads the copy back with ExcelJS. */
async function markAndReload(
  name: string,
  wb: ExcelJS.Workbook | string = roster(),
  f = findings,
): Promise<ExcelJS.Workbook> {
  let input = typeof wb === 'string' ? wb : path.join(dir, `in-${name}`);
  if (typeof wb !== 'string') await wb.xlsx.writeFile(input);
  const out = path.join(dir, name);
  await writeMarkedCopy(input, out, "张三's 花名册", layout, f, { file: 'roster.xlsx' });
  patchInternalHyperlinks(); // ExcelJS alone drops location-only links
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(out);
  input = out;
  return back;
}

function argb(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  return fill?.fgColor?.argb;
}

function noteText(cell: ExcelJS.Cell): string {
  const n = cell.note as unknown;
  if (!n) return '';
  if (typeof n === 'string') return n;
  return ((n as { texts: { text: string }[] }).texts ?? []).map((t) => t.text).join('');
}

test('faulty cells are filled by their worst severity and annotated with every finding', async () => {
  const wb = await markAndReload('marked.xlsx');
  const ws = wb.getWorksheet("张三's 花名册")!;
  expect(argb(ws.getCell('C2'))).toBe(SEVERITY_FILL.error);
  expect(noteText(ws.getCell('C2'))).toBe(
    '花名册核验：\n• 身份证校验码错误：校验码错误\n• 身份证号码含多余字符：含空格',
  );
  expect(argb(ws.getCell('B4'))).toBe(SEVERITY_FILL.info);
  // a row-level finding marks the 序号 cell
  expect(argb(ws.getCell('A3'))).toBe(SEVERITY_FILL.warning);
  expect(noteText(ws.getCell('A3'))).toBe(`花名册核验：\n• ${title('class.size')}：整行问题`);
  // the user's note is kept, after our reasons
  expect(noteText(ws.getCell('C4'))).toBe(`花名册核验：\n• ${title('dup.id')}：与第 3 行重复\n\n经办人已核对`);
  // untouched cells stay unfilled, even those that shared a style object with a marked one
  expect(argb(ws.getCell('B2'))).toBeUndefined();
  expect(argb(ws.getCell('B3'))).toBeUndefined();
  expect(ws.getCell('B2').font?.name).toBe('宋体');
  // values unchanged
  expect(ws.getRow(2).values).toEqual([undefined, 1, '张三', '410102199003071231']);
});

test('the 校验结果 sheet lists every finding with a working link, a frozen header, a filter and a summary', async () => {
  const wb = await markAndReload('results.xlsx');
  const rs = wb.getWorksheet('校验结果')!;
  expect(rs).toBeDefined();
  expect(rs.getRow(1).values).toEqual([
    undefined,
    '行',
    '列',
    '单元格',
    '字段',
    '规则代码',
    '严重程度',
    '说明',
    '相关行',
    undefined,
    '汇总',
  ]);
  expect(rs.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  expect(rs.autoFilter).toBe('A1:H7');
  const link = rs.getCell('C2').value as ExcelJS.CellHyperlinkValue;
  expect(link).toEqual({ text: 'C2', hyperlink: "#'张三''s 花名册'!C2" });
  expect((rs.getCell('C6').value as ExcelJS.CellHyperlinkValue).text).toBe('A3'); // row-level → 序号 cell
  expect(rs.getCell('B6').value).toBeNull(); // no column: the cell is left empty
  expect(rs.getCell('D2').value).toBe('身份证号码');
  expect(rs.getCell('F2').value).toBe('错误');
  expect(rs.getCell('F3').value).toBe('警告');
  expect(rs.getCell('H4').value).toBe('4');
  expect(rs.getColumn(7).width).toBeGreaterThan(40);
  const summary = new Map<string, unknown>();
  rs.getColumn(10).eachCell((c, r) => summary.set(String(c.value), rs.getCell(r, 11).value));
  expect(summary.get('错误')).toBe(3);
  expect(summary.get('警告')).toBe(2);
  expect(summary.get('提示')).toBe(1);
  expect(summary.get('dup.id')).toBe(2);
});

test('an existing 校验结果 sheet is replaced, not duplicated', async () => {
  await markAndReload('again-1.xlsx');
  const second = await markAndReload('again-2.xlsx', path.join(dir, 'again-1.xlsx'), [findings[0]]);
  expect(second.worksheets.filter((w) => w.name === '校验结果')).toHaveLength(1);
  expect(second.getWorksheet('校验结果')!.getCell('E2').value).toBe('id.checksum');
  expect(second.getWorksheet('校验结果')!.getCell('E3').value).toBeNull();
});

test('links are written the way Excel writes in-workbook links (location only)', async () => {
  await markAndReload('links.xlsx');
  const buf = await fs.readFile(path.join(dir, 'links.xlsx'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const JSZip = require('jszip');
  const zip = await JSZip.loadAsync(buf);
  const xml: string = await zip.file('xl/worksheets/sheet2.xml').async('string');
  expect(xml).toContain(`<hyperlink ref="C2" location="&apos;张三&apos;&apos;s 花名册&apos;!C2" display="C2"/>`);
  expect(xml).not.toMatch(/location="#/);
});

test('the write is atomic: no temporary file is left, and the input cannot be the output', async () => {
  const wb = roster();
  const out = path.join(dir, 'sub', 'atomic.xlsx');
  await writeWorkbookAtomic(wb, out);
  expect((await fs.readdir(path.dirname(out))).sort()).toEqual(['atomic.xlsx']);
  await expect(writeWorkbookAtomic(wb, out, out)).rejects.toThrow(/输出文件不能与输入文件相同/);
  const blocked = path.join(dir, 'blocked');
  await fs.writeFile(blocked, 'a file, not a folder');
  await expect(writeWorkbookAtomic(wb, path.join(blocked, 'x.xlsx'))).rejects.toThrow(/无法/);
});
