// Generated sheets (the claim papers) written as .xlsx: into a copy of the roster's own package (every
// part of the roster kept as it was, like the marked copy), or into a new workbook holding only them.
import { promises as fs } from 'fs';
import JSZip from 'jszip';
import type { SheetModel } from '../core';
import { writeFileAtomic } from './atomic';
import { XML_DECL } from './package';
import { damaged } from './read';
import { putSheetModels } from './sheet-xml';
import { StylesPart } from './styles-part';
import { openWorkbook } from './workbook-part';

async function withSheets(data: Buffer, models: readonly SheetModel[], file: string): Promise<Buffer> {
  const { pkg, wb } = await openWorkbook(data, file);
  const styles = StylesPart.open(pkg, wb.part);
  putSheetModels(wb, styles, models);
  wb.save();
  styles.save();
  return pkg.generate();
}

/** Writes a copy of input with the sheets added (a sheet of the same name replaced) to out; never over input. */
export async function writeSheetsCopy(input: string, out: string, models: readonly SheetModel[]): Promise<void> {
  let data: Buffer;
  try {
    data = await fs.readFile(input);
  } catch (e) {
    throw damaged(input, e);
  }
  const bytes = await withSheets(data, models, input);
  await writeFileAtomic(out, input, (tmp) => fs.writeFile(tmp, bytes));
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const OFFICE_DOC = `${DOC_REL}/officeDocument`;

/** An empty workbook package (no sheets yet): the parts every .xlsx needs. */
async function emptyPackage(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ' +
      'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    `${XML_DECL}<Relationships xmlns="${PKG_REL}">` +
      `<Relationship Id="rId1" Type="${OFFICE_DOC}" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    'xl/workbook.xml',
    `${XML_DECL}<workbook xmlns="${MAIN}" xmlns:r="${DOC_REL}">` +
      '<bookViews><workbookView/></bookViews><sheets></sheets></workbook>',
  );
  zip.file('xl/_rels/workbook.xml.rels', `${XML_DECL}<Relationships xmlns="${PKG_REL}"></Relationships>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Writes a new workbook holding only the sheets to out (never over input). */
export async function writeSheetsWorkbook(out: string, models: readonly SheetModel[], input?: string): Promise<void> {
  const bytes = await withSheets(await emptyPackage(), models, out);
  await writeFileAtomic(out, input, (tmp) => fs.writeFile(tmp, bytes));
}
