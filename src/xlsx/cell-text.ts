// Excel's limit on the text of a cell or a note: 32,767 characters. Longer text is cut with "…"
// wherever this tool writes a cell or a note (Excel would refuse or repair the file otherwise).

export const MAX_CELL_TEXT = 32767;

/** text cut to at most max characters (UTF-16 units), ending in "…" when cut; never splits a surrogate pair. */
export function cutText(text: string, max = MAX_CELL_TEXT): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return text.slice(0, end) + '…';
}
