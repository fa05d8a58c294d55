// CSV formula injection: a cell that starts with = + - @, a tab or a carriage return is taken for a
// formula by Excel, WPS and LibreOffice when the file is opened. Every CSV this tool writes passes its
// cells through csvSafe, which prefixes such a cell with an apostrophe (the spreadsheet convention for
// "this is text"); csvUnsafe undoes it when the tool reads its own CSV back, so values round-trip.
// Plain numbers (-12.50, +3) cannot be formulas and are left as they are.

const TRIGGER = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** The cell as written to a CSV: text that would start a formula gets a leading apostrophe. */
export function csvSafe(cell: string): string {
  return TRIGGER.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

/** A cell read from a CSV: the apostrophe csvSafe added is dropped again. */
export function csvUnsafe(cell: string): string {
  return cell.length > 1 && cell[0] === "'" && TRIGGER.test(cell.slice(1)) && !PLAIN_NUMBER.test(cell.slice(1))
    ? cell.slice(1)
    : cell;
}
