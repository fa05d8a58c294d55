// @noble/hashes 2.x ships ES modules only, which this Jest setup (ts-jest, CommonJS) cannot load.
// Tests that reach the claim fingerprint map it to Node's own SHA-256 with
//   jest.mock('@noble/hashes/sha2.js', () => jest.requireActual('<path>/noble-shim').sha2);
//   jest.mock('@noble/hashes/utils.js', () => jest.requireActual('<path>/noble-shim').utils);
// fingerprint.test.ts checks in a separate Node process that the real library gives the same digest.
import { createHash } from 'crypto';

export const sha2 = {
  sha256(bytes: Uint8Array): Uint8Array {
    return new Uint8Array(createHash('sha256').update(bytes).digest());
  },
};

export const utils = {
  bytesToHex(bytes: Uint8Array): string {
    return Buffer.from(bytes).toString('hex');
  },
  utf8ToBytes(s: string): Uint8Array {
    return new Uint8Array(Buffer.from(s, 'utf8'));
  },
};
