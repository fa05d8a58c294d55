import { buildWorkbook, cellState, installOfficeDouble, type OfficeDouble } from './index';

let Excel: any;
let Office: any;

let double: OfficeDouble;

beforeEach(() => {
  double = installOfficeDouble();
  Excel = (globalThis as any).Excel;
  Office = (globalThis as any).Office;
  buildWorkbook(double.model, [
    {
      name: '花名册',
      rows: [
        ['姓名', '身份证号'],
        ['张三', 410102199003071230],
        ['李四', '410102199003071234'],
      ],
      fills: { B3: '#00B050' },
      notes: { A2: 'user note' },
    },
    {
      name: 'Other',
      rows: [
        [1, 2],
        [3, 4],
      ],
    },
  ]);
});

afterEach(() => double.uninstall());

describe('proxies, load and sync', () => {
  it('throws PropertyNotLoaded when reading a property that was not loaded and synced', async () => {
    await Excel.run(async (ctx: any) => {
      const range = ctx.workbook.worksheets.getItem('花名册').getRange('A1:B3');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await ctx.sync();
      expect(range.values[1][0]).toBe('张三');
      expect(() => range.numberFormat).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('applies nothing before sync, everything in order on sync', async () => {
    await Excel.run(async (ctx: any) => {
      const range = ctx.workbook.worksheets.getItem('Other').getRange('A1');
      range.values = [['changed']];
      range.format.fill.color = '#FFC7CE';
      expect(cellState(double.model, 'Other', 'A1')).toMatchObject({ value: 1, fill: null });
      expect(ctx.pendingOps).toBe(4);
      await ctx.sync();
      expect(cellState(double.model, 'Other', 'A1')).toMatchObject({ value: 'changed', fill: '#FFC7CE' });
    });
  });

  it('loads several properties in one call, in string, array and object form', async () => {
    await Excel.run(async (ctx: any) => {
      const ws = ctx.workbook.worksheets.getItem('花名册');
      const a = ws.getUsedRange().load('values, numberFormat, text, address');
      const b = ws.getRange('B3').load(['rowCount', 'columnCount']);
      const c = ws.getRange('B3').load({ format: { fill: { color: true } } });
      await ctx.sync();
      expect(a.address).toBe('花名册!A1:B3'.replace('花名册', "'花名册'"));
      expect(a.text[1][1]).toBe('4.10102E+17');
      expect(a.text[2][1]).toBe('410102199003071234');
      expect(a.numberFormat[0][0]).toBe('General');
      expect([b.rowCount, b.columnCount]).toEqual([1, 1]);
      expect(c.format.fill.color).toBe('#00B050');
    });
  });

  it('gives ItemNotFound for getItem and a null object for getItemOrNullObject', async () => {
    await expect(
      Excel.run(async (ctx: any) => {
        ctx.workbook.worksheets.getItem('nope').load('name');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
    await Excel.run(async (ctx: any) => {
      const ws = ctx.workbook.worksheets.getItemOrNullObject('nope');
      expect(() => ws.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await ctx.sync();
      expect(ws.isNullObject).toBe(true);
    });
  });

  it('adds, hides and deletes sheets; keeps one visible sheet', async () => {
    await Excel.run(async (ctx: any) => {
      const ws = ctx.workbook.worksheets.add('_state');
      ws.visibility = 'VeryHidden';
      ctx.workbook.worksheets.load('items/name,items/visibility');
      await ctx.sync();
      expect(ctx.workbook.worksheets.items.map((w: any) => `${w.name}:${w.visibility}`)).toEqual([
        '花名册:Visible',
        'Other:Visible',
        '_state:VeryHidden',
      ]);
      ctx.workbook.worksheets.add('_state');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
      // Worksheet.delete reference: a VeryHidden sheet cannot be deleted (InvalidOperation); make it Hidden first
      ws.delete();
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
      ws.visibility = 'Hidden';
      ws.delete();
      ctx.workbook.worksheets.getItem('Other').delete();
      await ctx.sync();
      ctx.workbook.worksheets.getItem('花名册').delete();
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
    });
  });

  it('turns numeric strings into numbers unless the cell is text-formatted', async () => {
    await Excel.run(async (ctx: any) => {
      const ws = ctx.workbook.worksheets.getItem('Other');
      ws.getRange('A1:B1').values = [['410102199003071234', '=HYPERLINK("#A1","go")']];
      ws.getRange('A2').numberFormat = [['@']];
      ws.getRange('A2').values = [['410102199003071234']];
      await ctx.sync();
    });
    expect(cellState(double.model, 'Other', 'A1')).toMatchObject({ value: 410102199003071230, text: '4.10102E+17' });
    expect(cellState(double.model, 'Other', 'B1')).toMatchObject({ value: 'go', formula: '=HYPERLINK("#A1","go")' });
    expect(cellState(double.model, 'Other', 'A2')).toMatchObject({
      value: '410102199003071234',
      text: '410102199003071234',
    });
  });
});

describe('range areas, fills, selection', () => {
  it('fills and clears discontiguous areas with one call each', async () => {
    await Excel.run(async (ctx: any) => {
      const ws = ctx.workbook.worksheets.getItem('Other');
      const areas = ws.getRanges('A1:A2, B2');
      areas.format.fill.color = 'FFEB9C';
      areas.load('areaCount, cellCount');
      await ctx.sync();
      expect([areas.areaCount, areas.cellCount]).toEqual([2, 3]);
      ws.getRanges('A2').format.fill.clear();
      ws.getRange('B2').select();
      await ctx.sync();
    });
    expect(double.stats.formatCalls).toBe(2);
    expect(['A1', 'A2', 'B2', 'B1'].map((a) => cellState(double.model, 'Other', a).fill)).toEqual([
      '#FFEB9C',
      null,
      '#FFEB9C',
      null,
    ]);
    expect(double.model.activeSheet?.name).toBe('Other');
    expect(double.model.activeSheet?.selection).toEqual({ row: 1, col: 1, rows: 1, cols: 1 });
  });

  it('reports a mixed fill as null and gives per-cell fills with getCellProperties', async () => {
    await Excel.run(async (ctx: any) => {
      const r = ctx.workbook.worksheets.getItem('花名册').getRange('B2:B3');
      r.load('format/fill/color');
      const props = r.getCellProperties({ format: { fill: { color: true, pattern: true } } });
      expect(() => props.value).toThrow();
      await ctx.sync();
      expect(r.format.fill.color).toBeNull();
      expect(props.value.map((row: any) => row[0].format.fill)).toEqual([
        { color: '#FFFFFF', pattern: 'None' },
        { color: '#00B050', pattern: 'Solid' },
      ]);
    });
  });

  it('rejects a getRanges address longer than the host accepts', async () => {
    const address = Array.from({ length: 2000 }, (_, i) => `A${i * 2 + 1}`).join(',');
    await expect(
      Excel.run(async (ctx: any) => {
        ctx.workbook.worksheets.getItem('Other').getRanges(address).format.fill.color = '#FFC7CE';
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  // OfficeDev/office-js #5198: 513 areas in 8,207 characters failed, 513 shorter areas worked
  it('refuses by the address length, not by the number of areas (office-js #5198)', async () => {
    const fill = (address: string) =>
      Excel.run(async (ctx: any) => {
        ctx.workbook.worksheets.getItem('Other').getRanges(address).format.fill.color = '#FFC7CE';
        await ctx.sync();
      });
    const short = Array.from({ length: 513 }, (_, i) => `B${i * 2 + 1}`).join(',');
    expect(short.length).toBeLessThan(8192);
    await expect(fill(short)).resolves.toBeUndefined();
    const long = Array.from({ length: 513 }, (_, i) => `AB${i * 2 + 10001}:AC${i * 2 + 10001}`).join(',');
    expect(long.length).toBe(8207);
    await expect(fill(long)).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});

describe('notes', () => {
  it('adds, reads, edits and deletes notes by cell address', async () => {
    await Excel.run(async (ctx: any) => {
      const ws = ctx.workbook.worksheets.getItem('花名册');
      ws.notes.add('B2', 'reason');
      const existing = ws.notes.getItem('A2').load('content');
      const missing = ws.notes.getItemOrNullObject('C9');
      ws.notes.load('items/content');
      await ctx.sync();
      expect(existing.content).toBe('user note');
      expect(missing.isNullObject).toBe(true);
      expect(ws.notes.items.map((n: any) => n.content)).toEqual(['user note', 'reason']);
      ws.notes.add('B2', 'again');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
      ws.notes.getItem('B2').delete();
      await ctx.sync();
    });
    expect(cellState(double.model, '花名册', 'B2').note).toBeNull();
  });

  it('fails with ApiNotFound when the host lacks ExcelApi 1.18', async () => {
    double.config.requirementSets.ExcelApi = '1.12';
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.18')).toBe(false);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(true);
    await expect(
      Excel.run(async (ctx: any) => {
        ctx.workbook.notes.add('花名册!B2', 'x');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});

describe('payload accounting', () => {
  it('records each sync and throws RequestPayloadSizeLimitExceeded above the limit, applying nothing', async () => {
    double.config.requestLimitBytes = 20_000;
    const big = Array.from({ length: 2000 }, (_, i) => [`row ${i} with some text`, i]);
    await expect(
      Excel.run(async (ctx: any) => {
        ctx.workbook.worksheets.getItem('Other').getRange('A1:B2000').values = big;
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(cellState(double.model, 'Other', 'A1').value).toBe(1);
    expect(double.stats.log.at(-1)).toMatchObject({ failed: 'RequestPayloadSizeLimitExceeded' });
    expect(double.stats.maxRequestBytes).toBeGreaterThan(20_000);

    await Excel.run(async (ctx: any) => {
      ctx.workbook.worksheets.getItem('Other').getRange('A1:B400').values = big.slice(0, 400);
      await ctx.sync();
    });
    expect(cellState(double.model, 'Other', 'A400').value).toBe('row 399 with some text');
  });

  it('counts response bytes for loads and fails a response above the limit', async () => {
    double.config.responseLimitBytes = 50;
    await expect(
      Excel.run(async (ctx: any) => {
        ctx.workbook.worksheets.getItem('花名册').getUsedRange().load('values, text');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    expect(double.stats.maxResponseBytes).toBeGreaterThan(50);
  });
});

describe('Office globals', () => {
  it('stores settings in the document only when saved', async () => {
    const settings = Office.context.document.settings;
    settings.set('rosterCheck', { policyId: 'p1' });
    expect(settings.get('rosterCheck')).toEqual({ policyId: 'p1' });
    double.reopen();
    expect(Office.context.document.settings.get('rosterCheck')).toBeNull();
    Office.context.document.settings.set('rosterCheck', { policyId: 'p2' });
    await new Promise((resolve) => Office.context.document.settings.saveAsync(resolve));
    double.reopen();
    expect(Office.context.document.settings.get('rosterCheck')).toEqual({ policyId: 'p2' });
  });

  it('reports the display language and becomes ready', async () => {
    double.config.displayLanguage = 'en-US';
    expect(Office.context.displayLanguage).toBe('en-US');
    await expect(Office.onReady()).resolves.toMatchObject({ host: 'Excel' });
  });
});

describe('displayed text', () => {
  it('shows numbers as Excel does in General and a few common formats', async () => {
    const { displayText } = await import('./text');
    expect(displayText(410102199003071230, 'General')).toBe('4.10102E+17');
    expect(displayText(13800001234, 'General')).toBe('13800001234');
    expect(displayText(138000012345, 'General')).toBe('1.38E+11');
    expect(displayText(0.1 + 0.2, 'General')).toBe('0.3');
    expect(displayText(1500, '#,##0.00')).toBe('1,500.00');
    expect(displayText(45292, 'yyyy-mm-dd')).toBe('2024-01-01');
    expect(displayText(45292, 'yyyy"年"m"月"d"日"')).toBe('2024年1月1日');
    expect(displayText(true, 'General')).toBe('TRUE');
  });
});

describe('what Excel refuses (issue 10)', () => {
  it('refuses every change to a protected sheet with AccessDenied, and applies nothing of that command', async () => {
    double.model.sheet('花名册')!.protected = true;
    await Excel.run(async (ctx: any) => {
      const ws = ctx.workbook.worksheets.getItem('花名册');
      ws.protection.load('protected');
      await ctx.sync();
      expect(ws.protection.protected).toBe(true);
      for (const write of [
        () => {
          ws.getRange('A2').values = [['x']];
        },
        () => {
          ws.getRange('A2').format.fill.color = '#FFC7CE';
        },
        () => {
          ws.notes.add('B2', 'n');
        },
        () => {
          ws.getRange('A2:B2').merge();
        },
      ]) {
        write();
        await expect(ctx.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
      }
      ws.protection.unprotect();
      ws.getRange('A2').format.fill.color = '#FFC7CE';
      await ctx.sync();
    });
    expect(cellState(double.model, '花名册', 'A2')).toMatchObject({
      value: '张三',
      fill: '#FFC7CE',
      note: 'user note',
    });
  });

  it('counts the object path of every command: a long address costs twice, in getRanges and in the fill', async () => {
    const address = Array.from({ length: 200 }, (_, i) => `D${2 * i + 2}`).join(',');
    await Excel.run(async (ctx: any) => {
      ctx.workbook.worksheets.getItem('Other').getRanges(address).format.fill.color = '#FFC7CE';
      await ctx.sync();
    });
    const last = double.stats.log[double.stats.log.length - 1];
    expect(last.ops).toBe(3);
    expect(last.requestBytes).toBeGreaterThan(2 * address.length);
  });

  it('moves values, fills and notes with their rows on insert, delete and sort', async () => {
    await Excel.run(async (ctx: any) => {
      const ws = ctx.workbook.worksheets.getItem('花名册');
      ws.getRange('2:2').insert('Down');
      await ctx.sync();
      expect(cellState(double.model, '花名册', 'A3')).toMatchObject({ value: '张三', note: 'user note' });
      expect(cellState(double.model, '花名册', 'B4').fill).toBe('#00B050');
      ws.getRange('A1:B4').sort.apply([{ key: 0, ascending: false }], false, true);
      await ctx.sync();
      expect(cellState(double.model, '花名册', 'A2')).toMatchObject({ value: '李四', fill: null });
      expect(cellState(double.model, '花名册', 'B2').fill).toBe('#00B050');
      expect(cellState(double.model, '花名册', 'A3')).toMatchObject({ value: '张三', note: 'user note' });
      expect(cellState(double.model, '花名册', 'A4').value).toBeNull();
      ws.getRange('2:2').delete('Up');
      await ctx.sync();
      expect(cellState(double.model, '花名册', 'A2')).toMatchObject({ value: '张三', note: 'user note' });
    });
  });
});
