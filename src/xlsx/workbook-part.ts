// xl/workbook.xml of a package being patched: the sheets in tab order, the parts they live in,
// and adding or replacing a worksheet with its relationship, content type and defined names.
import { InputError } from '../core';
import { damaged } from './damaged';
import type { DeflatedPart } from './deflated-part';
import { CONTENT_TYPE, isRel, REL, XlsxPackage } from './package';
import { escapeXml, findElement, findStartTag, getAttr, rawAttr, setAttr } from './xml';

export interface SheetRef {
  name: string;
  sheetId: number;
  relId: string;
  /** the worksheet part, e.g. xl/worksheets/sheet1.xml */
  part: string;
  relType: string;
}

/**
 * A workbook's package and its workbook part, opened to write into (the marked copy, the claim papers):
 * a package that does not open is damaged, named by file.
 */
export async function openWorkbook(data: Buffer, file: string): Promise<{ pkg: XlsxPackage; wb: WorkbookPart }> {
  try {
    const pkg = await XlsxPackage.load(data, file);
    return { pkg, wb: WorkbookPart.open(pkg) };
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw damaged(file, e);
  }
}

export class WorkbookPart {
  private constructor(
    private readonly pkg: XlsxPackage,
    readonly part: string,
    public xml: string,
  ) {}

  static open(pkg: XlsxPackage): WorkbookPart {
    const root = pkg.rels('').find((r) => isRel(r.type, 'officeDocument'));
    const part = root?.target ?? 'xl/workbook.xml';
    const xml = pkg.text(part);
    if (xml === null) throw new Error(`${part} is missing`);
    return new WorkbookPart(pkg, part, xml);
  }

  /** The sheets in tab order. */
  sheets(): SheetRef[] {
    const rels = new Map(this.pkg.rels(this.part).map((r) => [r.id, r]));
    const out: SheetRef[] = [];
    const list = findElement(this.xml, 'sheets');
    if (!list) return out;
    for (
      let t = findStartTag(this.xml, 'sheet', list[0]);
      t && t[0] < list[1];
      t = findStartTag(this.xml, 'sheet', t[1])
    ) {
      const tag = this.xml.slice(t[0], t[1]);
      const relId = getAttr(tag, 'r:id') ?? '';
      const rel = rels.get(relId);
      out.push({
        name: getAttr(tag, 'name') ?? '',
        sheetId: Number(getAttr(tag, 'sheetId') ?? 0),
        relId,
        part: rel?.target ?? '',
        relType: rel?.type ?? '',
      });
    }
    return out;
  }

  /** The 0-based tab of the workbook view (bookViews activeTab). */
  activeTab(): number {
    const t = findStartTag(this.xml, 'workbookView');
    return t ? Number(getAttr(this.xml.slice(t[0], t[1]), 'activeTab') ?? 0) : 0;
  }

  /**
   * Puts a worksheet named `name` with the given XML into the workbook: in place of an existing
   * sheet of that name (its part, rels, content type and sheet-local defined names removed), else
   * after the last sheet. Returns the new sheet's 0-based index.
   */
  putSheet(
    name: string,
    sheetXml: string | Buffer | DeflatedPart,
    localNames: { name: string; value: string; hidden?: boolean }[],
  ): number {
    const sheets = this.sheets();
    let index = sheets.findIndex((s) => s.name === name);
    const old = index >= 0 ? sheets[index] : null;
    if (old) this.dropSheetParts(old, sheets);
    const part = this.pkg.freeName('xl/worksheets/sheet', '.xml');
    this.pkg.write(part, sheetXml);
    this.pkg.setContentType(part, CONTENT_TYPE.worksheet);
    const relId = this.pkg.addRel(this.part, REL.worksheet, part);
    const sheetId = old ? old.sheetId : Math.max(0, ...sheets.map((s) => s.sheetId)) + 1;
    const tag = `<sheet name="${escapeXml(name)}" sheetId="${sheetId}" r:id="${relId}"/>`;
    const list = findElement(this.xml, 'sheets');
    if (!list) throw new Error('workbook.xml has no <sheets>');
    if (old) {
      const t = this.nthSheetTag(index);
      this.xml = this.xml.slice(0, t[0]) + tag + this.xml.slice(this.elementEnd(t, 'sheet'));
    } else {
      index = sheets.length;
      const close = this.xml.lastIndexOf('</sheets>', list[1]);
      this.xml = this.xml.slice(0, close) + tag + this.xml.slice(close);
    }
    this.replaceLocalNames(index, localNames);
    this.ensureRelNamespace();
    return index;
  }

  save(): void {
    this.pkg.write(this.part, this.xml);
  }

  private nthSheetTag(index: number): [number, number] {
    const list = findElement(this.xml, 'sheets');
    let t = list && findStartTag(this.xml, 'sheet', list[0]);
    for (let i = 0; t && i < index; i++) t = findStartTag(this.xml, 'sheet', t[1]);
    if (!t) throw new Error('sheet not found');
    return t;
  }

  private elementEnd(t: [number, number], name: string): number {
    if (this.xml.charCodeAt(t[1] - 2) === 47) return t[1];
    const close = `</${name}>`;
    return this.xml.indexOf(close, t[1]) + close.length;
  }

  /** Removes an old sheet's part, its rels, what only it referenced, its content type and workbook relationship. */
  private dropSheetParts(old: SheetRef, sheets: SheetRef[]): void {
    if (old.part && !sheets.some((s) => s !== old && s.part === old.part)) {
      const targets = this.pkg
        .rels(old.part)
        .filter((r) => !r.external)
        .map((r) => r.target);
      this.pkg.remove(old.part);
      this.pkg.remove(relsOf(old.part));
      this.pkg.setContentType(old.part, null);
      for (const target of targets) {
        if (this.referencedElsewhere(target)) continue;
        this.pkg.remove(target);
        this.pkg.remove(relsOf(target));
        this.pkg.setContentType(target, null);
      }
    }
    this.pkg.removeRel(this.part, old.relId);
  }

  private referencedElsewhere(target: string): boolean {
    for (const rels of this.pkg.parts((n) => n.endsWith('.rels'))) {
      const source = sourceOf(rels);
      if (this.pkg.rels(source).some((r) => !r.external && r.target === target)) return true;
    }
    return false;
  }

  /** Replaces the defined names local to sheet `index` with ours. */
  private replaceLocalNames(index: number, names: { name: string; value: string; hidden?: boolean }[]): void {
    let block = findElement(this.xml, 'definedNames');
    if (block) {
      let inner = this.xml.slice(block[0], block[1]);
      let t = findStartTag(inner, 'definedName');
      while (t) {
        const tag = inner.slice(t[0], t[1]);
        const end = inner.charCodeAt(t[1] - 2) === 47 ? t[1] : inner.indexOf('</definedName>', t[1]) + 14;
        if (getAttr(tag, 'localSheetId') === String(index)) {
          inner = inner.slice(0, t[0]) + inner.slice(end);
          t = findStartTag(inner, 'definedName', t[0]);
        } else {
          t = findStartTag(inner, 'definedName', end);
        }
      }
      this.xml = this.xml.slice(0, block[0]) + inner + this.xml.slice(block[1]);
    }
    if (!names.length) return;
    const add = names
      .map(
        (n) =>
          `<definedName name="${escapeXml(n.name)}" localSheetId="${index}"${n.hidden ? ' hidden="1"' : ''}>${escapeXml(n.value)}</definedName>`,
      )
      .join('');
    block = findElement(this.xml, 'definedNames');
    if (block && this.xml.charCodeAt(block[1] - 2) !== 47) {
      const close = block[1] - '</definedNames>'.length;
      this.xml = this.xml.slice(0, close) + add + this.xml.slice(close);
    } else if (block) {
      this.xml = this.xml.slice(0, block[0]) + `<definedNames>${add}</definedNames>` + this.xml.slice(block[1]);
    } else {
      // definedNames follows sheets (and functionGroups/externalReferences, which come before it too)
      const after = ['externalReferences', 'functionGroups', 'sheets']
        .map((n) => findElement(this.xml, n))
        .find((e) => e);
      const at = after ? after[1] : this.xml.lastIndexOf('</');
      this.xml = this.xml.slice(0, at) + `<definedNames>${add}</definedNames>` + this.xml.slice(at);
    }
  }

  /** The r: prefix used by <sheet r:id> must be declared on the root (it nearly always is). */
  private ensureRelNamespace(): void {
    const t = findStartTag(this.xml, 'workbook');
    if (!t) return;
    const tag = this.xml.slice(t[0], t[1]);
    if (rawAttr(tag, 'xmlns:r') !== undefined) return;
    const fixed = setAttr(tag, 'xmlns:r', 'http://schemas.openxmlformats.org/officeDocument/2006/relationships');
    this.xml = this.xml.slice(0, t[0]) + fixed + this.xml.slice(t[1]);
  }
}

function relsOf(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/** The source part of a rels part: xl/worksheets/_rels/sheet1.xml.rels → xl/worksheets/sheet1.xml. */
function sourceOf(rels: string): string {
  return rels.replace(/(^|\/)_rels\/([^/]*)\.rels$/, '$1$2');
}
