// The 公示名单 never ends on a page holding only its repeated header row and the closing lines (合计,
// signature): rendered to PDF by LibreOffice, page by page. 100 trainees used to do exactly that (47
// rows on page 1, 53 on page 2, then a page of header, 合计 and signature alone).
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { writeSheetsWorkbook } from '../../src/xlsx/sheets-copy';
import { notice } from '../fixtures/notice';

test('a notice longer than a page breaks before its last five trainees; a short one does not break', () => {
  const long = notice(100);
  expect(long.print.rowBreaks).toEqual([5 + 95]); // data rows 5..104: the last five start at row 100
  expect(notice(10).print.rowBreaks).toBeUndefined();
});

const tools = spawnSync('soffice', ['--version']).status === 0 && spawnSync('pdftotext', ['-v']).status === 0;

(tools ? test : test.skip)(
  'LibreOffice: every printed page of a 100-trainee notice holds trainees; the last one also the 合计',
  async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'notice-pages-'));
    try {
      const file = path.join(dir, 'notice.xlsx');
      await writeSheetsWorkbook(file, [notice(100)]);
      execFileSync(
        'soffice',
        [`-env:UserInstallation=file://${dir}/lo`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file],
        { stdio: 'ignore', timeout: 180000 },
      );
      const pdf = path.join(dir, 'notice.pdf');
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
      expect(pages).toBeGreaterThan(1);
      const rowsOn: number[] = [];
      let last = '';
      for (let p = 1; p <= pages; p++) {
        const text = execFileSync('pdftotext', ['-f', String(p), '-l', String(p), '-layout', pdf, '-'], {
          encoding: 'utf8',
        });
        rowsOn.push((text.match(/410102\*+1231/g) ?? []).length);
        last = text;
      }
      expect(rowsOn.reduce((a, b) => a + b, 0)).toBe(100);
      for (const k of rowsOn) expect(k).toBeGreaterThan(0);
      expect(last).toContain('合计：100 人');
      expect(last).toContain('公示单位');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
  240000,
);
