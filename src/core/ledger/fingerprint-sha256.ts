// The roster fingerprint with @noble/hashes (pure JS SHA-256, for the add-in). Kept out of the ledger
// barrel: @noble/hashes 2 is an ES module, which the CommonJS test runner cannot load.
import { sha256 } from '@noble/hashes/sha2.js';
import type { Trainee } from '../types';
import { fingerprintWith } from './fingerprint';

const HEX = '0123456789abcdef';

export function sha256Hex(text: string): string {
  const bytes = sha256(new TextEncoder().encode(text));
  let s = '';
  for (const b of bytes) s += HEX[b >> 4] + HEX[b & 15];
  return s;
}

/** SHA-256 (hex) of the roster's normalised rows. */
export function rosterFingerprint(trainees: readonly Trainee[]): string {
  return fingerprintWith(trainees, sha256Hex);
}
