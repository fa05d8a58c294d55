// SHA-256 for the roster fingerprint. fingerprint.ts requires this module when it first hashes rather than
// at load: @noble/hashes costs ~15 ms at every start, and only the claim papers hash. (A module of ours in
// between keeps the task pane's bundle tree-shaken.)
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** SHA-256 of a text's UTF-8 bytes, as lowercase hex. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}
