// A sanity run over 1,000,000 generated IDs: correctness of the count, no timing assertion.
import { checkChar, isValidId, parseIdCell } from '../../../src/core/id';

const ADDRESSES = ['410102', '110105', '610104', '440305', '810000', '650102'];

function pad(n: number, w: number): string {
  return String(n).padStart(w, '0');
}

describe('throughput sanity', () => {
  it('parses 1,000,000 IDs and finds exactly the valid ones', () => {
    const N = 1_000_000;
    let expectedValid = 0;
    let valid = 0;
    let parsedOk = 0;
    for (let i = 0; i < N; i++) {
      const addr = ADDRESSES[i % ADDRESSES.length];
      const y = 1950 + (i % 60);
      const m = 1 + (i % 12);
      const d = 1 + (i % 28);
      const first17 = addr + pad(y, 4) + pad(m, 2) + pad(d, 2) + pad(i % 1000, 3);
      const good = first17 + checkChar(first17);
      // every 7th ID gets a wrong check character
      const bad = i % 7 === 0;
      const id = bad ? first17 + (good.charAt(17) === '0' ? '1' : '0') : good;
      if (!bad) expectedValid++;
      if (isValidId(id)) valid++;
      const p = parseIdCell(id);
      if (p.checksumOk && p.birthStatus === 'ok') parsedOk++;
    }
    expect(valid).toBe(expectedValid);
    expect(parsedOk).toBe(expectedValid);
    expect(expectedValid).toBe(N - Math.ceil(N / 7));
  });
});
