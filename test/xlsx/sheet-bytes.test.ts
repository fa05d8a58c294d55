// The sheet reader reads the markup in its bytes (byte-scan.ts, byte-strings.ts) and inflates into one
// reused buffer (inflate-pieces.ts): each fast path gives exactly what the string code it stands for
// gives, and no piece is kept after it was given.
import * as zlib from 'zlib';
import fc from 'fast-check';
import { numberAt, parseFloatAt, rowNumberAttr, scanCellTagBytes } from '../../src/xlsx/byte-scan';
import { ByteStrings } from '../../src/xlsx/byte-strings';
import { scanCellTag, type CellTag } from '../../src/xlsx/cell-scan';
import { inflatePieces, piecesOfWhole } from '../../src/xlsx/inflate-pieces';
import { SharedStringsReader } from '../../src/xlsx/shared-strings';
import { SheetGridReader, type CellSource } from '../../src/xlsx/sheet-grid';
import { sharedStrings } from '../../src/xlsx/string-items';
import { rawAttr, unescapeXml } from '../../src/xlsx/xml';

/** Texts that look like numbers, and some that nearly do. */
const numberText = fc.oneof(
  fc.double({ noNaN: false }).map(String),
  fc.integer().map(String),
  fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }).map(String),
  fc
    .tuple(fc.constantFrom('', '-', '+', ' '), fc.stringMatching(/^[0-9]{0,18}$/), fc.constantFrom('', '.', '.0'))
    .chain(([sign, int, dot]) => fc.stringMatching(/^[0-9]{0,8}$/).map((frac) => sign + int + dot + (dot ? frac : ''))),
  fc.stringMatching(/^-?[0-9]{1,6}(\.[0-9]{1,9})?(e[+-]?[0-9]{1,3})?$/),
  fc.string({ unit: fc.constantFrom('0', '1', '9', '.', '-', 'e', 'E', '+', ' ', 'x', '中', '_'), maxLength: 12 }),
);

/** s placed in a buffer between other bytes (the scanner never reads outside [a, b)). */
function inBuffer(s: string): [Buffer, number, number] {
  const body = Buffer.from(s, 'utf8');
  return [Buffer.concat([Buffer.from('7<v>'), body, Buffer.from('</v>9')]), 4, 4 + body.length];
}

test('numbers read from the bytes are parseFloat and Number of the text, -0 and NaN included', () => {
  fc.assert(
    fc.property(numberText, (s) => {
      const [buf, a, b] = inBuffer(s);
      expect(Object.is(parseFloatAt(buf, a, b), parseFloat(s))).toBe(true);
      expect(Object.is(numberAt(buf, a, b), Number(s))).toBe(true);
    }),
    { numRuns: 3000 },
  );
  // the fast path's edges
  for (const s of [
    '0',
    '-0',
    '-0.0',
    '.5',
    '-.5',
    '5.',
    '1800.25',
    '999999999999999',
    '9999999999999999',
    '0.1',
    '-',
  ]) {
    const [buf, a, b] = inBuffer(s);
    expect([s, parseFloatAt(buf, a, b)]).toEqual([s, parseFloat(s)]);
  }
});

const attrValue = fc.string({
  unit: fc.constantFrom('A', 'z', '$', '1', '0', '9', 's', 't', 'r', ' ', '='),
  maxLength: 8,
});
const cellTagText = fc
  .array(
    fc.tuple(
      fc.constantFrom('r', 's', 't', 'x', 'rr', 'cm', 'vm', 'x14ac:dyDescent'),
      fc.oneof(
        attrValue,
        fc.constantFrom('s', 'str', 'n', 'b', 'e', 'inlineStr', 'd', 'A1', 'XFD1048576', '$B$3', '12'),
      ),
      fc.constantFrom('"', "'"),
      fc.constantFrom(' ', '  ', '\n', '\t'),
      fc.constantFrom('=', ' = '),
    ),
    { maxLength: 4 },
  )
  .map((attrs) => attrs.map(([n, v, q, sp, eq]) => `${sp}${n}${eq}${q}${v}${q}`).join(''));

test('a cell tag read from its bytes is the tag scanCellTag reads from the text', () => {
  fc.assert(
    fc.property(cellTagText, (attrs) => {
      const text = `<c${attrs}>`;
      const fromText: CellTag = { col: -1, s: -1, t: '?' };
      scanCellTag(text, 2, text.length - 1, fromText);
      const fromBytes: CellTag = { col: -1, s: -1, t: '?' };
      scanCellTagBytes(Buffer.from(text, 'latin1'), 2, text.length - 1, fromBytes);
      expect(fromBytes).toEqual(fromText);
    }),
    { numRuns: 2000 },
  );
});

test('a row number read from the bytes is Number() of its r attribute as rawAttr finds it, 0 when none', () => {
  fc.assert(
    fc.property(
      fc.array(
        fc.tuple(
          fc.constantFrom('r', 'spans', 'ht', 'x14ac:dyDescent', 'rr', 'ar'),
          fc.oneof(numberText, fc.constantFrom('1', '100001', '', '0x10', '1e2', '1:15')),
          fc.constantFrom(' ', '\n', ' '),
          fc.constantFrom('=', ' =  '),
        ),
        { maxLength: 4 },
      ),
      fc.constantFrom('>', '/>'),
      (attrs, close) => {
        const tag = `<row${attrs.map(([n, v, sp, eq]) => `${sp}${n}${eq}"${v}"`).join('')}${close}`;
        const buf = Buffer.from(`<c>${tag}<c>`, 'utf8');
        const from = 3;
        const to = from + Buffer.byteLength(tag);
        expect(Object.is(rowNumberAttr(buf, from, to), Number(rawAttr(tag, 'r') ?? 0))).toBe(true);
      },
    ),
    { numRuns: 2000 },
  );
});

test('the text of value bytes is the decoded, unescaped text, however often and mixed they are looked up', () => {
  // one slot, two slots (every value collides with others) and the reader's table
  const tables = [new ByteStrings(1), new ByteStrings(2), new ByteStrings()];
  const xmlText = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 20 }).map((s) => s.replace(/[<&]/g, '')),
    fc.constantFrom('男', '女', '电工', '电焊', 'ab', 'ac', 'A&amp;B', '&#x4E2D;&#25991;', '&lt;x&gt;', 'a'.repeat(36)),
    fc.constantFrom('a'.repeat(35) + 'b', '中'.repeat(13), '中'.repeat(12)),
    fc.string({ unit: fc.constantFrom('a', '&amp;', '中', '😀', '1'), maxLength: 40 }),
  );
  fc.assert(
    fc.property(fc.array(xmlText, { minLength: 1, maxLength: 30 }), (texts) => {
      for (const t of [...texts, ...texts.reverse()]) {
        const [buf, a, b] = inBuffer(t);
        for (const strings of tables) expect(strings.text(buf, a, b)).toBe(unescapeXml(t));
      }
    }),
    { numRuns: 500 },
  );
  // invalid UTF-8 decodes as the text of the whole piece would (U+FFFD), never as a looked-up neighbour
  const bad = Buffer.from([0x41, 0xe4, 0xb8, 0x42]);
  for (const strings of tables) expect(strings.text(bad, 0, 4)).toBe(bad.toString('utf8'));
});

const SRC: CellSource = {
  strings: ['序号', '姓名'],
  formats: ['', 'yyyy-mm-dd'],
  dates: [false, true],
  date1904: false,
};

test('the reader keeps no piece: pieces given in one buffer, overwritten after each, read as the whole', () => {
  const rows = Array.from(
    { length: 300 },
    (_, k) =>
      `<row r="${k + 1}"><c r="A${k + 1}" t="s"><v>${k % 2}</v></c><c r="B${k + 1}" t="str"><v>学员${k}号 &amp; 张</v></c>` +
      `<c r="C${k + 1}" s="1"><v>${44256 + k}</v></c><c r="D${k + 1}"><v>${k / 4}</v></c></row>`,
  );
  const xml = Buffer.from(
    `<?xml version="1.0"?><worksheet xmlns="x"><sheetData>${rows.join('')}</sheetData>` +
      `<mergeCells><mergeCell ref="A1:B1"/></mergeCells></worksheet>`,
  );
  const whole = new SheetGridReader(SRC, 'test');
  whole.push(xml);
  const expected = whole.end();
  expect(expected.values[299]).toEqual(['姓名', '学员299号 & 张', 44555, 74.75]);
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 4000 }), (size) => {
      const r = new SheetGridReader(SRC, 'test');
      const shared = Buffer.alloc(size);
      for (let i = 0; i < xml.length; i += size) {
        const n = xml.copy(shared, 0, i, i + size);
        r.push(shared.subarray(0, n));
        shared.fill(0x3c); // '<' everywhere: anything kept from the piece would read wrong
      }
      expect(r.end()).toEqual(expected);
    }),
    { numRuns: 60 },
  );
});

/** bytes given in pieces ending at the cuts, each in one reused buffer overwritten after the push */
function feed(bytes: Buffer, cuts: number[], push: (piece: Buffer) => void): void {
  const shared = Buffer.alloc(bytes.length);
  let from = 0;
  for (const c of [...cuts, bytes.length]) {
    const n = bytes.copy(shared, 0, from, c);
    push(shared.subarray(0, n));
    shared.fill(0x3c);
    from = c;
  }
}

const itemTextArb = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }).map((s) => s.replace(/[<&]/g, '')),
  fc.constantFrom('A&amp;B', '_x000D_x', '&lt;中&gt;', '', ' 张 ', 'a_b', '&#x4E2D;'),
);
const itemArb = fc.oneof(
  itemTextArb.map((t) => `<si><t>${t}</t></si>`),
  itemTextArb.map((t) => `<si><t xml:space="preserve">${t}</t></si>`),
  fc.tuple(itemTextArb, itemTextArb).map(([a, b]) => `<si><r><rPr><b/></rPr><t>${a}</t></r><r><t>${b}</t></r></si>`),
  fc.tuple(itemTextArb, itemTextArb).map(([a, b]) => `<si><t>${a}</t><rPh sb="0" eb="1"><t>${b}</t></rPh></si>`),
  fc.constantFrom('<si/>', '<si><t/></si>', '<si></si>', '<si>\n  <t>x</t>\n</si>'),
);

test('shared strings read a piece at a time are the items sharedStrings reads from the whole text', () => {
  fc.assert(
    fc.property(
      fc.array(itemArb, { maxLength: 25 }),
      fc.constantFrom('', 'x:'),
      fc.array(fc.nat(), { maxLength: 20 }),
      (items, p, picks) => {
        const body = items.join('').replace(/<(\/?)(si|t|r|rPr|b|rPh)([ >/])/g, `<$1${p}$2$3`);
        const x = p ? `xmlns:${p.slice(0, -1)}` : 'xmlns';
        const xml = Buffer.from(`<?xml version="1.0"?>\n<${p}sst ${x}="ns" count="${items.length}">${body}</${p}sst>`);
        const cuts = [...new Set(picks.map((k) => 1 + (k % (xml.length - 1))))].sort((a, b) => a - b);
        const expected = sharedStrings(xml.toString('utf8'));
        expect(expected.length).toBe(items.length);
        const r = new SharedStringsReader();
        feed(xml, cuts, (piece) => r.push(piece));
        expect(r.end()).toEqual(expected);
      },
    ),
    { numRuns: 400 },
  );
});

test('the prolog of the shared strings is shown before any item is read (a DOCTYPE is refused there)', () => {
  const seen: string[] = [];
  const r = new SharedStringsReader((head) => seen.push(head));
  feed(
    Buffer.from('<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "b">]><sst xmlns="x"><si><t>&a;</t></si></sst>'),
    [9, 40],
    (p) => r.push(p),
  );
  expect(seen).toHaveLength(1);
  expect(seen[0]).toContain('<!DOCTYPE sst');
  // no root element at all: the whole text is shown, then read as before
  const none = new SharedStringsReader((head) => seen.push(head));
  none.push(Buffer.from('<si><t>a</t></si>'));
  expect(none.end()).toEqual(sharedStrings('<si><t>a</t></si>'));
  expect(seen[1]).toBe('<si><t>a</t></si>');
});

describe('inflatePieces', () => {
  const text = Buffer.from(Array.from({ length: 20000 }, (_, k) => `<row r="${k}">中文${k}</row>`).join(''));
  const deflated = zlib.deflateRawSync(text);
  const past = () => new Error('past the cap');
  const join = (pieces: Iterable<Buffer>) => Buffer.concat([...pieces].map((p) => Buffer.from(p)));

  test('gives the inflated bytes in pieces of at most chunkSize, in one reused buffer', () => {
    const seen = new Set<ArrayBuffer>();
    let count = 0;
    for (const p of inflatePieces(deflated, 4096, text.length, past)) {
      expect(p.length).toBeLessThanOrEqual(4096);
      seen.add(p.buffer as ArrayBuffer);
      count++;
    }
    expect(count).toBeGreaterThan(10);
    expect(seen.size).toBe(1);
    expect(join(inflatePieces(deflated, 4096, text.length, past)).equals(text)).toBe(true);
    expect(join(piecesOfWhole(deflated, 4096, text.length, past)).equals(text)).toBe(true);
  });

  test('past the cap, or from corrupt or truncated data, it throws (both ways)', () => {
    for (const pieces of [inflatePieces, piecesOfWhole]) {
      expect(() => join(pieces(deflated, 4096, text.length - 1, past))).toThrow('past the cap');
      expect(() => join(pieces(deflated.subarray(0, deflated.length >> 1), 4096, text.length, past))).toThrow(
        /unexpected end of file/,
      );
      const bad = Buffer.from(deflated);
      bad.fill(0xff, 10, 40);
      expect(() => join(pieces(bad, 4096, text.length, past))).toThrow();
    }
  });
});
