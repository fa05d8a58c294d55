// Decodes a CSV file's bytes: UTF-8 (with or without BOM) when valid, GBK otherwise
// (Excel on Chinese Windows saves "CSV" as GBK). Browsers ship both decoders.
export function decodeCsvBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gbk').decode(bytes);
  }
}
