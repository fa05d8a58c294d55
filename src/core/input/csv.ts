// CSV files as text, the same in the CLI (Node) and the task pane (browser): both ship TextDecoder.

/**
 * A CSV file's bytes as text: UTF-8 (with or without BOM) when valid, else GB18030/GBK, the encoding
 * Excel on Chinese Windows saves "CSV" in. (The WHATWG 'gbk' label names the GB18030 decoder.)
 */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
