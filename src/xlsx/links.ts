// In-workbook hyperlinks the way Excel itself writes them.
//
// ExcelJS 4.4.0 writes a link such as "#'花名册'!D5" both as an external relationship and as
// location="#'花名册'!D5"; WPS and Google Sheets then open "#…##…" and fail (exceljs issues #1676,
// #3027). Excel's own form is location="'花名册'!D5" with no relationship id, which Excel, WPS and
// LibreOffice all follow. This patch makes ExcelJS render in-workbook links that way (the unused
// relationship it still lists is harmless), and read them back as "#…" links: ExcelJS otherwise
// drops a link that has a location and no relationship, which would strip a user's own links from
// the marked copy.

interface HyperlinkModel {
  address: string;
  target?: string;
  tooltip?: string;
  rId?: string;
}
interface XmlStream {
  leafNode(name: string, attrs: Record<string, string | undefined>): void;
}
interface SheetModel {
  hyperlinks?: HyperlinkModel[];
  relationships?: { Id: string; Type: string; Target: string; TargetMode?: string }[];
}
interface WorksheetXformClass {
  prototype: { reconcile(model: SheetModel, options: unknown): void };
}
interface HyperlinkXformClass {
  prototype: { render(xml: XmlStream, model: HyperlinkModel): void; __rosterPatched?: boolean };
}

let patched = false;

export function patchInternalHyperlinks(): void {
  if (patched) return;
  patched = true;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Xform = require('exceljs/lib/xlsx/xform/sheet/hyperlink-xform') as HyperlinkXformClass;
  const proto = Xform.prototype;
  if (proto.__rosterPatched) return;
  const original = proto.render;
  proto.render = function render(xml: XmlStream, model: HyperlinkModel): void {
    if (model.target && model.target.startsWith('#')) {
      xml.leafNode('hyperlink', { ref: model.address, location: model.target.slice(1), tooltip: model.tooltip });
      return;
    }
    original.call(this, xml, model);
  };
  proto.__rosterPatched = true;

  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Sheet = require('exceljs/lib/xlsx/xform/sheet/worksheet-xform') as WorksheetXformClass;
  const reconcile = Sheet.prototype.reconcile;
  Sheet.prototype.reconcile = function patchedReconcile(model: SheetModel, options: unknown): void {
    let n = 0;
    for (const h of model?.hyperlinks ?? []) {
      if (h.rId || !h.target) continue;
      const Id = `rRosterLoc${++n}`;
      (model.relationships ??= []).push({ Id, Type: HYPERLINK_REL, Target: `#${h.target}`, TargetMode: 'External' });
      h.rId = Id;
    }
    reconcile.call(this, model, options);
  };
}

const HYPERLINK_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

/** "#'Sheet name'!D5": a link to a cell of this workbook (quotes in the name doubled). */
export function cellLink(sheetName: string, address: string): string {
  return `#'${sheetName.replace(/'/g, "''")}'!${address}`;
}
