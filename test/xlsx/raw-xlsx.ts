// Hand-written .xlsx packages for the tests: the XML exactly as given (inline strings, rows without
// r attributes, missing rows …), which ExcelJS would never write.
import JSZip from 'jszip';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PR = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

export interface RawSheet {
  name: string;
  /** the inside of <worksheet> */
  body: string;
  state?: string;
}

export interface RawOptions {
  sheets: RawSheet[];
  /** the inside of <sst>, when the package has shared strings */
  sharedStrings?: string;
  /** the inside of <styleSheet>; a minimal one by default, none when null */
  styles?: string | null;
  date1904?: boolean;
  /** extra workbook.xml content after <sheets> (definedNames …) */
  workbookExtra?: string;
}

export const STYLES =
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>' +
  '<fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>';

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export async function rawXlsx(o: RawOptions): Promise<Buffer> {
  const zip = new JSZip();
  const styles = o.styles === undefined ? STYLES : o.styles;
  const overrides = [
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>`,
    ...o.sheets.map(
      (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.worksheet+xml"/>`,
    ),
    styles !== null ? `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>` : '',
    o.sharedStrings !== undefined
      ? `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/>`
      : '',
  ];
  zip.file(
    '[Content_Types].xml',
    `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      `${overrides.join('')}</Types>`,
  );
  zip.file(
    '_rels/.rels',
    `${DECL}<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  const rels = o.sheets.map(
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  if (styles !== null)
    rels.push(`<Relationship Id="rId${o.sheets.length + 1}" Type="${R}/styles" Target="styles.xml"/>`);
  if (o.sharedStrings !== undefined)
    rels.push(`<Relationship Id="rId${o.sheets.length + 2}" Type="${R}/sharedStrings" Target="sharedStrings.xml"/>`);
  zip.file('xl/_rels/workbook.xml.rels', `${DECL}<Relationships xmlns="${PR}">${rels.join('')}</Relationships>`);
  const sheets = o.sheets
    .map(
      (s, i) =>
        `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`,
    )
    .join('');
  zip.file(
    'xl/workbook.xml',
    `${DECL}<workbook xmlns="${NS}" xmlns:r="${R}"><workbookPr${o.date1904 ? ' date1904="1"' : ''}/>` +
      `<bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheets}</sheets>${o.workbookExtra ?? ''}</workbook>`,
  );
  o.sheets.forEach((s, i) =>
    zip.file(`xl/worksheets/sheet${i + 1}.xml`, `${DECL}<worksheet xmlns="${NS}" xmlns:r="${R}">${s.body}</worksheet>`),
  );
  if (styles !== null) zip.file('xl/styles.xml', `${DECL}<styleSheet xmlns="${NS}">${styles}</styleSheet>`);
  if (o.sharedStrings !== undefined)
    zip.file('xl/sharedStrings.xml', `${DECL}<sst xmlns="${NS}">${o.sharedStrings}</sst>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Every file of a package, uncompressed. */
export async function unzipAll(data: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(data);
  const out = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files)) {
    if (!zip.files[name].dir) out.set(name, await zip.files[name].async('nodebuffer'));
  }
  return out;
}

/** An inline-string cell. */
export function istr(ref: string, text: string, s = 0): string {
  return `<c r="${ref}"${s ? ` s="${s}"` : ''} t="inlineStr"><is><t>${text}</t></is></c>`;
}

/** A number cell. */
export function inum(ref: string, n: number, s = 0): string {
  return `<c r="${ref}"${s ? ` s="${s}"` : ''}><v>${n}</v></c>`;
}
