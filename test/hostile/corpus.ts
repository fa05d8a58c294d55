// The hostile corpus: files a reviewer may receive (damaged, crafted, or just odd), generated into a
// folder. Zip bombs are built on the fly (one flushed DEFLATE block repeated), so nothing large is
// kept on disk. Used by corpus.test.ts and by the bench (peak RSS on the corpus).
import { promises as fs } from 'fs';
import * as path from 'path';
import * as XLSX from '@e965/xlsx';
import { makePeople } from '../fixtures/people';
import { SAMPLE_HEADERS } from '../fixtures/sample';
import { rawXlsx, STYLES } from '../xlsx/raw-xlsx';
import { bombEntry, deflated, entriesOf, writeZip, type RawEntry } from './zip';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const letter = (c: number) => String.fromCharCode(64 + c);

function cell(ref: string, v: string | number): string {
  return typeof v === 'number'
    ? `<c r="${ref}"><v>${v}</v></c>`
    : `<c r="${ref}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`;
}

/** The rows of a plain 60-row roster (header in row 1), as <row> elements. */
export function rosterRows(n = 60, patch?: (row: (string | number)[], k: number) => void): string {
  const rows = [`<row r="1">${SAMPLE_HEADERS.map((h, i) => cell(`${letter(i + 1)}1`, h)).join('')}</row>`];
  makePeople(n, 14).forEach((p, k) => {
    const iso = (d: [number, number, number]) =>
      `${d[0]}-${String(d[1]).padStart(2, '0')}-${String(d[2]).padStart(2, '0')}`;
    const row: (string | number)[] = [
      k + 1,
      p.name,
      p.gender,
      p.id,
      p.phone,
      p.occupation,
      p.category,
      p.certType,
      p.level,
      iso(p.start),
      iso(p.end),
      p.hours,
      p.personType,
      p.amount,
      p.remark,
    ];
    patch?.(row, k);
    const r = k + 2;
    rows.push(`<row r="${r}">${row.map((v, i) => (v === '' ? '' : cell(`${letter(i + 1)}${r}`, v))).join('')}</row>`);
  });
  return rows.join('');
}

export function roster(body = rosterRows(), extra: { sharedStrings?: string } = {}): Promise<Buffer> {
  return rawXlsx({ sheets: [{ name: '花名册', body: `<sheetData>${body}</sheetData>` }], styles: STYLES, ...extra });
}

function replaceEntry(entries: RawEntry[], e: RawEntry): RawEntry[] {
  return [...entries.filter((x) => x.name !== e.name), e];
}

export interface CorpusFile {
  name: string;
  file: string;
  /** what the file is, for failure messages */
  what: string;
}

/** A sharedStrings part inflating to size bytes (declared truthfully unless declared is given). */
export async function bomb(size: number, declared?: number): Promise<Buffer> {
  const chunk = Buffer.alloc(1 << 20, 0x41);
  const times = Math.ceil(size / chunk.length);
  const ss = bombEntry(
    'xl/sharedStrings.xml',
    '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>',
    chunk,
    times,
    '</t></si></sst>',
  );
  if (declared !== undefined) ss.size = declared;
  const base = await entriesOf(await roster(rosterRows(60), { sharedStrings: '<si><t>x</t></si>' }));
  return writeZip(replaceEntry(base, ss));
}

/** An encrypted workbook as Excel saves it: an OLE compound file with EncryptionInfo and EncryptedPackage. */
function encryptedOle(): Buffer {
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0, ...Buffer.alloc(120, 1)]));
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', Buffer.alloc(4096, 7));
  return Buffer.from(XLSX.CFB.write(cfb, { type: 'buffer', fileType: 'cfb' }) as Uint8Array);
}

/** A workbook of the roster in another format, written by SheetJS (.xls, .ods, .csv …). */
function otherFormat(bookType: XLSX.BookType): Buffer {
  const people = makePeople(20, 3);
  const aoa = [
    SAMPLE_HEADERS,
    ...people.map((p, k) => [
      k + 1,
      p.name,
      p.gender,
      p.id,
      p.phone,
      p.occupation,
      p.category,
      p.certType,
      p.level,
      p.start.join('-'),
      p.end.join('-'),
      p.hours,
      p.personType,
      p.amount,
      p.remark,
    ]),
  ];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), '花名册');
  const out = XLSX.write(wb, { bookType, type: 'buffer' }) as Buffer | string;
  return typeof out === 'string' ? Buffer.from(out, 'utf8') : Buffer.from(out);
}

/** Writes the corpus into dir; big bombs are only built when big is true (they take a second each). */
export async function buildCorpus(dir: string, big = true): Promise<CorpusFile[]> {
  await fs.mkdir(dir, { recursive: true });
  const out: CorpusFile[] = [];
  const put = async (name: string, what: string, data: Buffer | string) => {
    const file = path.join(dir, name);
    await fs.writeFile(file, data);
    out.push({ name, file, what });
  };
  const good = await roster();
  await put('good.xlsx', 'a plain 60-row roster', good);
  await put(
    'stray-xfd.xlsx',
    'one stray value at XFD1048576',
    await roster(rosterRows() + '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'),
  );
  await put(
    'stray-o.xlsx',
    'one stray value at O1048576',
    await roster(rosterRows() + '<row r="1048576"><c r="O1048576"><v>1</v></c></row>'),
  );
  await put(
    'stray-wide.xlsx',
    'a value far right in every row',
    await roster(rosterRows(60).replace(/<\/row>/g, (m, i: number) => `<c r="XFD${i}"><v>7</v></c>${m}`)),
  );
  await put(
    'rows-sparse.xlsx',
    'values every 999 rows down to the last row, in 16,384 columns',
    await roster(
      rosterRows() +
        Array.from(
          { length: 1040 },
          (_, k) =>
            `<row r="${1000 + k * 1000}"><c r="A${1000 + k * 1000}"><v>1</v></c><c r="XFD${1000 + k * 1000}"><v>1</v></c></row>`,
        ).join(''),
    ),
  );
  await put(
    'entities.xlsx',
    'a sheet declaring XML entities (billion laughs)',
    await rawXlsx({ sheets: [{ name: '花名册', body: `<sheetData>${rosterRows(5)}</sheetData>` }] }).then(async (b) => {
      const entries = await entriesOf(b);
      const sheet = entries.find((e) => e.name === 'xl/worksheets/sheet1.xml') as RawEntry;
      const doctype =
        '<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>';
      const xml = (await (await import('zlib')).inflateRawSync(sheet.data))
        .toString()
        .replace('?>', `?>${doctype}`)
        .replace('<sheetData>', '<sheetData><row r="40"><c r="B40" t="inlineStr"><is><t>&c;</t></is></c></row>');
      return writeZip(replaceEntry(entries, deflated(sheet.name, xml)));
    }),
  );
  await put('truncated.xlsx', 'an .xlsx cut in half', good.subarray(0, Math.floor(good.length / 2)));
  await put(
    'truncated-part.xlsx',
    'a sheet part whose XML stops mid-row',
    await (async () => {
      const entries = await entriesOf(good);
      const xml = (await import('zlib'))
        .inflateRawSync((entries.find((e) => e.name === 'xl/worksheets/sheet1.xml') as RawEntry).data)
        .toString();
      return writeZip(
        replaceEntry(entries, deflated('xl/worksheets/sheet1.xml', xml.slice(0, Math.floor(xml.length * 0.6)))),
      );
    })(),
  );
  await put(
    'bad-deflate.xlsx',
    'a sheet part with corrupt compressed data',
    await (async () => {
      const entries = await entriesOf(good);
      const sheet = entries.find((e) => e.name === 'xl/worksheets/sheet1.xml') as RawEntry;
      const data = Buffer.from(sheet.data);
      for (let i = 20; i < data.length; i += 7) data[i] ^= 0x5a;
      return writeZip(replaceEntry(entries, { ...sheet, data }));
    })(),
  );
  await put(
    'wrong-content-types.xlsx',
    'content types naming the sheet a Word document',
    await (async () => {
      const entries = await entriesOf(good);
      const ct =
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
      return writeZip(replaceEntry(entries, deflated('[Content_Types].xml', ct)));
    })(),
  );
  await put('no-workbook.xlsx', 'a zip without a workbook part', writeZip([deflated('hello.txt', 'hello')]));
  await put('encrypted.xlsx', 'an encrypted workbook (OLE compound file)', encryptedOle());
  await put('empty.xlsx', 'an empty file', Buffer.alloc(0));
  await put(
    'random.xlsx',
    'random bytes',
    Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24)),
  );
  await put('pk-only.xlsx', 'a zip signature and nothing else', Buffer.from('PK\u0003\u0004'));
  await put(
    'huge-string.xlsx',
    'cells of 40,000 characters (name, ID, remark)',
    await roster(
      rosterRows(60, (row, k) => {
        if (k === 3) {
          row[1] = '张'.repeat(40000);
          row[3] = '4'.repeat(40000);
          row[14] = '备注'.repeat(20000);
        }
      }),
    ),
  );
  await put(
    'long-sheet-name.xlsx',
    'an unreadable sheet reference',
    await rawXlsx({
      sheets: [
        { name: '花名册', body: '<sheetData><row r="1"><c r="A1" t="s"><v>99999999999</v></c></row></sheetData>' },
      ],
    }),
  );
  await put(
    'huge-char-ref.xlsx',
    'character references out of range',
    await roster(rosterRows(5).replace('<t>序号</t>', '<t>&#x110000;&#99999999999;</t>')),
  );
  await put('roster.xls', 'the roster as .xls (BIFF8)', otherFormat('biff8'));
  await put('roster.ods', 'the roster as .ods', otherFormat('ods'));
  await put('roster.csv', 'the roster as .csv', otherFormat('csv'));
  await put('roster.et', 'the roster as WPS .et (an .xls inside)', otherFormat('biff8'));
  await put('roster-xls-as.xlsx', 'an .xls named .xlsx', otherFormat('biff8'));
  if (big) {
    await put(
      'bomb-2g.xlsx',
      'sharedStrings inflating to 2 GB (declared truthfully)',
      await bomb(2 * 1024 ** 3 - (1 << 20)),
    );
    await put(
      'bomb-lying.xlsx',
      'sharedStrings inflating to 1 GB, the directory declaring 1 KB',
      await bomb(1024 ** 3, 1024),
    );
    await put(
      'bomb-300m.xlsx',
      'sharedStrings inflating to 300 MB (above the per-part limit, below the total)',
      await bomb(300 * 1024 ** 2),
    );
  }
  return out;
}
