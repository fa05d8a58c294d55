// The marked copy of hand-written packages: inline strings (no shared strings part), no styles part,
// faulty cells that are not in the XML at all.
import { execFileSync, spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { JsonReport } from '../../src/cli/report-json';
import { SEVERITY_FILL } from '../../src/xlsx/mark';
import { ruleByCode } from '../../src/core/rules';
import { run, tempDir } from '../cli/run';
import { makePeople } from '../fixtures/people';
import { inum, istr, rawXlsx, unzipAll } from './raw-xlsx';
import { noteOf, readBack as load } from './read-back';

const HEAD = ['序号', '姓名', '身份证号码', '职业(工种)', '证书类型', '补贴金额'];
const RANK = { error: 0, warning: 1, info: 2 } as const;

/** A small roster in inline strings: row 3 has a bad check digit, row 4 no occupation cell at all. */
function rosterBody(): string {
  const people = makePeople(3, 7);
  const rows = [`<row r="1">${HEAD.map((h, i) => istr(`${String.fromCharCode(65 + i)}1`, h)).join('')}</row>`];
  people.forEach((p, k) => {
    const r = k + 2;
    const id = k === 1 ? p.id.slice(0, 17) + (p.id[17] === '0' ? '1' : '0') : p.id;
    const occ = k === 2 ? '' : istr(`D${r}`, '电工');
    rows.push(
      `<row r="${r}">${inum(`A${r}`, k + 1)}${istr(`B${r}`, p.name)}${istr(`C${r}`, id, 2)}${occ}${istr(`E${r}`, '培训合格证')}${inum(`F${r}`, 1000)}</row>`,
    );
  });
  return `<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><cols><col min="4" max="4" width="14" style="2" customWidth="1"/></cols><sheetData>${rows.join('')}</sheetData>`;
}

let dir: string;
const files: Record<string, { input: string; out: string; report: JsonReport }> = {};

beforeAll(async () => {
  dir = await tempDir('marked-raw');
  for (const [name, styles] of [
    ['inline', undefined],
    ['nostyles', null],
  ] as const) {
    const input = path.join(dir, `${name}.xlsx`);
    await fs.writeFile(input, await rawXlsx({ sheets: [{ name: '花名册', body: rosterBody() }], styles }));
    const out = path.join(dir, `${name}.marked.xlsx`);
    const r = await run('validate', input, '--out', out, '--format', 'json');
    expect(r.stderr).toBe('');
    files[name] = { input, out, report: JSON.parse(r.stdout) };
  }
});

test.each(['inline', 'nostyles'])(
  '%s: every faulty cell is filled by its worst severity and noted, even where the XML had no cell',
  async (name) => {
    const { out, report } = files[name];
    expect(report.findings.map((f) => `${f.code}@${f.column}${f.row}`)).toEqual(
      expect.arrayContaining(['id.checksum@C3', 'field.missing@D4']),
    );
    const ws = (await load(out)).getWorksheet('花名册')!;
    const worst = new Map<string, keyof typeof RANK>();
    for (const f of report.findings.filter((x) => x.row > 0 && x.column)) {
      const at = `${f.column}${f.row}`;
      const w = worst.get(at);
      if (!w || RANK[f.severity] < RANK[w]) worst.set(at, f.severity);
      const title = ruleByCode(f.code)!.title['zh-CN'];
      expect({ at, note: noteOf(ws.getCell(at)) }).toEqual({ at, note: expect.stringContaining(title) });
    }
    for (const [at, sev] of worst)
      expect({ at, fill: (ws.getCell(at).fill as ExcelJS.FillPattern)?.fgColor?.argb }).toEqual({
        at,
        fill: SEVERITY_FILL[sev],
      });
    expect(ws.getCell('D4').value).toBeNull();
    expect((ws.getCell('B2').fill as ExcelJS.FillPattern | undefined)?.fgColor).toBeUndefined();
  },
);

test('inline strings stay inline: no shared strings part appears and the values are the same', async () => {
  const parts = await unzipAll(await fs.readFile(files.inline.out));
  expect([...parts.keys()].some((k) => /sharedStrings/i.test(k))).toBe(false);
  const a = (await load(files.inline.input)).getWorksheet('花名册')!;
  const b = (await load(files.inline.out)).getWorksheet('花名册')!;
  a.eachRow((row, r) =>
    row.eachCell((cell, c) => expect({ r, c, v: b.getCell(r, c).value }).toEqual({ r, c, v: cell.value })),
  );
  // the empty D4 took the column's format (text) with the fill: a copy of xf 2
  const sheet = parts.get('xl/worksheets/sheet1.xml')!.toString();
  const s = Number(/<c r="D4" s="(\d+)"\/>/.exec(sheet)![1]);
  const xf = parts
    .get('xl/styles.xml')!
    .toString()
    .match(/<xf [^>]*?\/>|<xf [^>]*>[\s\S]*?<\/xf>/g)!
    .slice(1)[s];
  expect(xf).toMatch(/numFmtId="49"/);
  expect(xf).toMatch(/applyFill="1"/);
});

test('a workbook without a styles part gets one, listed in its relationships and content types', async () => {
  const parts = await unzipAll(await fs.readFile(files.nostyles.out));
  expect(parts.has('xl/styles.xml')).toBe(true);
  expect(parts.get('xl/_rels/workbook.xml.rels')!.toString()).toMatch(/relationships\/styles" Target="styles.xml"/);
  expect(parts.get('[Content_Types].xml')!.toString()).toContain('PartName="/xl/styles.xml"');
});

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
(soffice ? test : test.skip)(
  'LibreOffice opens both copies',
  async () => {
    const pdfDir = path.join(dir, 'pdf');
    execFileSync(
      'soffice',
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`,
        '--convert-to',
        'pdf',
        '--outdir',
        pdfDir,
        files.inline.out,
        files.nostyles.out,
      ],
      { stdio: 'pipe', timeout: 150000 },
    );
    for (const name of ['inline.marked.pdf', 'nostyles.marked.pdf'])
      expect((await fs.readFile(path.join(pdfDir, name))).subarray(0, 5).toString()).toBe('%PDF-');
  },
  180000,
);
