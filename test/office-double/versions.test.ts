// The double's Excel version modes, threaded comments and column insert/delete.
import { buildWorkbook, cellState, installOfficeDouble, markMap, type OfficeDouble } from './index';
import { EXCEL_VERSIONS, versionConfig } from './versions';

let Excel: any;
let Office: any;
let double: OfficeDouble;

function install(mode?: string): void {
  double?.uninstall();
  double = installOfficeDouble(mode ? versionConfig(mode) : {});
  Excel = (globalThis as any).Excel;
  Office = (globalThis as any).Office;
  buildWorkbook(double.model, [
    {
      name: '花名册',
      rows: [
        ['姓名', '身份证号', '金额'],
        ['张三', '410102199003071230', 100],
        ['李四', '410102199003071234', 200],
      ],
      fills: { B2: '#FFFF00', C3: '#00B050' },
      notes: { A2: 'user note' },
      comments: { C2: 'clerk comment' },
    },
  ]);
}

afterEach(() => double.uninstall());

describe('Excel version modes answer requirement sets as the requirement-sets page says', () => {
  const cases: [string, string, string][] = [
    // mode, highest set it has, lowest set it lacks
    ['excel-2016', '1.1', '1.2'],
    ['excel-2019', '1.7', '1.8'],
    ['excel-2021', '1.14', '1.15'],
    ['excel-2024', '1.17', '1.18'],
    ['m365-windows', '1.21', '1.22'],
  ];
  it.each(cases)('%s has ExcelApi %s and not %s', (mode, has, lacks) => {
    install(mode);
    expect(Office.context.requirements.isSetSupported('ExcelApi', has)).toBe(true);
    expect(Office.context.requirements.isSetSupported('ExcelApi', lacks)).toBe(false);
    expect(Office.context.requirements.isSetSupported('ExcelApi')).toBe(true);
  });

  it('every mode is listed once', () => {
    expect(new Set(EXCEL_VERSIONS.map((v) => v.key)).size).toBe(EXCEL_VERSIONS.length);
  });

  it('Excel 2016 refuses getRangeByIndexes (1.7) and the OrNullObject getters (1.4), keeps getCell (1.1)', async () => {
    install('excel-2016');
    const attempts: ((ws: any, ctx: any) => void)[] = [
      (ws) => ws.getRangeByIndexes(0, 0, 1, 1).load('values'),
      (ws) => ws.getUsedRangeOrNullObject().load('address'),
      (_ws, ctx) => ctx.workbook.worksheets.getItemOrNullObject('花名册').load('name'),
    ];
    for (const attempt of attempts) {
      await expect(
        Excel.run(async (ctx: any) => {
          attempt(ctx.workbook.worksheets.getItem('花名册'), ctx);
          await ctx.sync();
        }),
      ).rejects.toMatchObject({ code: 'ApiNotFound' });
    }
    await Excel.run(async (ctx: any) => {
      const cell = ctx.workbook.worksheets.getItem('花名册').getCell(1, 0).load('values');
      await ctx.sync();
      expect(cell.values).toEqual([['张三']]);
    });
  });

  it('Excel 2019 refuses RangeAreas, getCellProperties, comments and notes with ApiNotFound, keeps getRangeByIndexes', async () => {
    install('excel-2019');
    const attempts: ((ws: any) => void)[] = [
      (ws) => (ws.getRanges('A1,B2').format.fill.color = '#FF0000'),
      (ws) => ws.getRange('A1:A2').getCellProperties({ format: { fill: { color: true } } }),
      (ws) => ws.comments.add('花名册!A3', 'x'),
      (ws) => ws.notes.add('花名册!A3', 'x'),
    ];
    for (const attempt of attempts) {
      await expect(
        Excel.run(async (ctx: any) => {
          attempt(ctx.workbook.worksheets.getItem('花名册'));
          await ctx.sync();
        }),
      ).rejects.toMatchObject({ code: 'ApiNotFound' });
    }
    await Excel.run(async (ctx: any) => {
      ctx.workbook.worksheets.getItem('花名册').getRangeByIndexes(2, 0, 1, 1).format.fill.color = '#FF0000';
      await ctx.sync();
    });
    expect(cellState(double.model, '花名册', 'A3').fill).toBe('#FF0000');
  });
});

describe('threaded comments (ExcelApi 1.10)', () => {
  it('adds, reads by cell, edits and deletes a comment; a cell without one throws ItemNotFound', async () => {
    install('excel-2021');
    await Excel.run(async (ctx: any) => {
      const ws = ctx.workbook.worksheets.getItem('花名册');
      ws.comments.add('花名册!B3', '身份证号校验位错误');
      const mine = ws.comments.getItemByCell('花名册!B3').load('content');
      const theirs = ws.comments.getItemByCell('花名册!C2').load('content');
      const all = ws.comments.load('items/content');
      await ctx.sync();
      expect(mine.content).toBe('身份证号校验位错误');
      expect(theirs.content).toBe('clerk comment');
      const where = all.items.map((c: any) => c.getLocation().load('address'));
      await ctx.sync();
      expect(where.map((r: any) => r.address)).toEqual(["'花名册'!C2", "'花名册'!B3"]);
      theirs.content = 'clerk comment, edited';
      mine.delete();
      await ctx.sync();
      ws.comments.getItemByCell('花名册!A1');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
    expect(cellState(double.model, '花名册', 'B3').comment).toBeNull();
    expect(cellState(double.model, '花名册', 'C2').comment).toBe('clerk comment, edited');
  });

  it('refuses a comment on more than one cell (InvalidArgument)', async () => {
    install('excel-2021');
    await expect(
      Excel.run(async (ctx: any) => {
        ctx.workbook.comments.add('花名册!A1:B2', 'x');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});

describe('column insert and delete move values, formats, notes and comments', () => {
  it('insert shift Right moves the cells right of the column, in its rows', async () => {
    install();
    await Excel.run(async (ctx: any) => {
      ctx.workbook.worksheets.getItem('花名册').getRange('A:A').insert('Right');
      await ctx.sync();
    });
    expect(cellState(double.model, '花名册', 'B2')).toMatchObject({ value: '张三', note: 'user note' });
    expect(cellState(double.model, '花名册', 'C2')).toMatchObject({ fill: '#FFFF00' });
    expect(cellState(double.model, '花名册', 'D2')).toMatchObject({ value: 100, comment: 'clerk comment' });
    expect(cellState(double.model, '花名册', 'A2')).toMatchObject({ value: null, note: null, fill: null });
  });

  it('delete shift Left drops the column and moves the rest left', async () => {
    install();
    const before = markMap(double.model, '花名册');
    await Excel.run(async (ctx: any) => {
      ctx.workbook.worksheets.getItem('花名册').getRange('A:A').delete('Left');
      await ctx.sync();
    });
    expect(cellState(double.model, '花名册', 'A2')).toMatchObject({ value: '410102199003071230', fill: '#FFFF00' });
    expect(cellState(double.model, '花名册', 'B2')).toMatchObject({ value: 100, comment: 'clerk comment' });
    expect(cellState(double.model, '花名册', 'B3').fill).toBe('#00B050');
    expect([...before.values()]).toContain('|user note');
    expect([...markMap(double.model, '花名册').values()]).not.toContain('|user note');
  });
});

describe('the read limit of 5,000,000 cells', () => {
  it('a values read of more cells gives null; a read within the limit gives the values', async () => {
    install();
    await Excel.run(async (ctx: any) => {
      const ws = ctx.workbook.worksheets.getItem('花名册');
      const huge = ws.getRange('A1:E1000001').load('values');
      const fits = ws.getRange('A1:E1000000').load('rowCount');
      const small = ws.getRange('A1:C2').load('values');
      await ctx.sync();
      expect(huge.values).toBeNull();
      expect(fits.rowCount).toBe(1_000_000);
      expect(small.values[1]).toEqual(['张三', '410102199003071230', 100]);
    });
  });
});
