import { addLegacyDrawing, legacyDrawingId, markSheetCells, type CellMark } from '../../src/xlsx/sheet-part';

const HEAD =
  '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';

function sheet(body: string, before = ''): Buffer {
  return Buffer.from(
    `${HEAD}${before}<sheetData>${body}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
  );
}

// the new format index says which original format and severity it came from
const styleFor = (xf: number, sev: string) => 100 + xf * 10 + ['error', 'warning', 'info'].indexOf(sev);

function mark(xml: Buffer, marks: CellMark[]): string {
  return markSheetCells(xml, marks, styleFor as never).toString('utf8');
}

test('sets s on existing cells and keeps everything else byte for byte', () => {
  const body =
    '<row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="B1" s="2" t="s"><v>1</v></c><c r="C1"><v>3</v></c></row>' +
    '<row r="2"><c r="A2" s="1"><f>SUM(1,2)</f><v>3</v></c><c r="B2" t="inlineStr"><is><r><rPr><color rgb="FFFF0000"/></rPr><t>张</t></r><r><t>三</t></r></is></c></row>';
  const xml = sheet(body);
  const out = mark(xml, [
    { row: 1, col: 2, severity: 'error' },
    { row: 2, col: 1, severity: 'warning' },
    { row: 2, col: 2, severity: 'info' },
  ]);
  expect(out).toBe(
    xml
      .toString()
      .replace('<c r="B1" s="2" t="s">', '<c r="B1" s="120" t="s">')
      .replace('<c r="A2" s="1">', '<c r="A2" s="111">')
      .replace('<c r="B2" t="inlineStr">', '<c r="B2" t="inlineStr" s="102">'),
  );
});

test('inserts missing cells in column order and missing rows in row order', () => {
  const xml = sheet(
    '<row r="2"><c r="B2"><v>1</v></c><c r="D2"><v>2</v></c></row><row r="5"><c r="A5"><v>5</v></c></row>',
  );
  const out = mark(xml, [
    { row: 1, col: 3, severity: 'error' },
    { row: 2, col: 1, severity: 'error' },
    { row: 2, col: 3, severity: 'warning' },
    { row: 2, col: 5, severity: 'info' },
    { row: 3, col: 2, severity: 'error' },
    { row: 4, col: 1, severity: 'error' },
    { row: 7, col: 1, severity: 'warning' },
  ]);
  expect(out).toContain(
    '<sheetData><row r="1"><c r="C1" s="100"/></row><row r="2"><c r="A2" s="100"/><c r="B2"><v>1</v></c><c r="C2" s="101"/><c r="D2"><v>2</v></c><c r="E2" s="102"/></row>' +
      '<row r="3"><c r="B3" s="100"/></row><row r="4"><c r="A4" s="100"/></row><row r="5"><c r="A5"><v>5</v></c></row><row r="7"><c r="A7" s="101"/></row></sheetData>',
  );
});

test('a row whose spans would not cover an added cell loses the (optional) spans hint', () => {
  const xml = sheet(
    '<row r="1" spans="2:3" ht="20"><c r="B1"><v>1</v></c></row><row r="2" spans="2:3"><c r="B2"><v>1</v></c></row>',
  );
  const out = mark(xml, [
    { row: 1, col: 5, severity: 'error' },
    { row: 2, col: 3, severity: 'error' },
  ]);
  expect(out).toContain(
    '<row r="1" ht="20"><c r="B1"><v>1</v></c><c r="E1" s="100"/></row><row r="2" spans="2:3"><c r="B2"><v>1</v></c><c r="C2" s="100"/></row>',
  );
});

test('empty cells take the row format (customFormat) or the column format', () => {
  const cols = '<cols><col min="2" max="3" width="12" style="2" customWidth="1"/></cols>';
  const xml = sheet(
    '<row r="1" s="1" customFormat="1"><c r="A1"><v>1</v></c></row><row r="2"/><row r="3"><c r="A3"><v>1</v></c></row>',
    cols,
  );
  const out = mark(xml, [
    { row: 1, col: 3, severity: 'error' },
    { row: 2, col: 2, severity: 'error' },
    { row: 3, col: 3, severity: 'error' },
    { row: 3, col: 4, severity: 'error' },
  ]);
  expect(out).toContain('<row r="1" s="1" customFormat="1"><c r="A1"><v>1</v></c><c r="C1" s="110"/></row>');
  expect(out).toContain('<row r="2"><c r="B2" s="120"/></row>');
  expect(out).toContain('<row r="3"><c r="A3"><v>1</v></c><c r="C3" s="120"/><c r="D3" s="100"/></row>');
});

test('rows and cells without r attributes are counted in order', () => {
  const xml = sheet('<row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c><c s="2"><v>4</v></c></row>');
  const out = mark(xml, [{ row: 2, col: 2, severity: 'error' }]);
  expect(out).toContain('<row><c><v>3</v></c><c s="120"><v>4</v></c></row>');
});

test('an empty <sheetData/> and a namespace prefix', () => {
  const empty = Buffer.from(`${HEAD}<sheetData/></worksheet>`);
  expect(mark(empty, [{ row: 2, col: 1, severity: 'info' }])).toContain(
    '<sheetData><row r="2"><c r="A2" s="102"/></row></sheetData>',
  );
  const prefixed = Buffer.from(
    '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>',
  );
  expect(
    mark(prefixed, [
      { row: 1, col: 1, severity: 'error' },
      { row: 1, col: 2, severity: 'error' },
    ]),
  ).toContain('<x:row r="1"><x:c r="A1" s="100"><x:v>1</x:v></x:c><x:c r="B1" s="100"/></x:row>');
});

test('<legacyDrawing> goes after drawing and before tableParts / extLst', () => {
  const tail =
    '<drawing r:id="rId1"/><tableParts count="1"><tablePart r:id="rId2"/></tableParts><extLst><ext uri="x"/></extLst>';
  const xml = Buffer.from(`${HEAD}<sheetData/>${tail}</worksheet>`);
  const out = addLegacyDrawing(xml, 'rId9').toString();
  expect(out).toContain('<drawing r:id="rId1"/><legacyDrawing r:id="rId9"/><tableParts');
  expect(legacyDrawingId(Buffer.from(out))).toBe('rId9');
  const plain = addLegacyDrawing(sheet(''), 'rId3').toString();
  expect(plain).toMatch(/<pageMargins [^>]*\/><legacyDrawing r:id="rId3"\/><\/worksheet>$/);
  // a root without xmlns:r gets it
  const bare = addLegacyDrawing(
    Buffer.from(
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>',
    ),
    'rId1',
  ).toString();
  expect(bare).toMatch(
    /^<worksheet xmlns="[^"]+" xmlns:r="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships">/,
  );
});
