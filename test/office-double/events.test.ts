/// <reference types="office-js" />
// The double's worksheet events (events.ts): onChanged / onSelectionChanged raised by the user's edits and
// clicks, with Office's event arguments; removed through the context they were added in; ExcelApi 1.7.
import { addSheet, handlerCount, installOfficeDouble, userEdit, userSelect, type OfficeDouble } from '.';

let double: OfficeDouble;
afterEach(() => double?.uninstall());

function setup(excelApi = '1.18') {
  double = installOfficeDouble({ requirementSets: { ExcelApi: excelApi } });
  double.model.activeSheet = addSheet(double.model, { name: '花名册', rows: [['姓名'], ['张三']] });
  addSheet(double.model, { name: 'other', rows: [[1]] });
}

test('onChanged gets the edited block and the sheet id after the model changed; other sheets stay silent', async () => {
  setup();
  const seen: Excel.WorksheetChangedEventArgs[] = [];
  const values: unknown[] = [];
  await Excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem('花名册').onChanged.add(async (e) => {
      seen.push(e);
      values.push(double.model.sheet('花名册')!.get(1, 0)!.value);
    });
    await ctx.sync();
  });
  await userEdit(double.model, '花名册', 'A2', [['李四', 5]]);
  await userEdit(double.model, 'other', 'A1', [[2]]);
  expect(seen).toEqual([
    {
      address: 'A2:B2',
      changeType: 'RangeEdited',
      source: 'Local',
      type: 'WorksheetChanged',
      worksheetId: double.model.sheet('花名册')!.id,
    },
  ]);
  expect(values).toEqual(['李四']);
});

test('onSelectionChanged follows a click; remove() through the same context stops both', async () => {
  setup();
  const selected: string[] = [];
  const changed: string[] = [];
  const results = await Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('花名册');
    const a = ws.onSelectionChanged.add(async (e) => void selected.push(e.address));
    const b = ws.onChanged.add(async (e) => void changed.push(e.address));
    await ctx.sync();
    return [a, b];
  });
  await userSelect(double.model, '花名册', 'B3:C4');
  expect(selected).toEqual(['B3:C4']);
  expect(double.model.activeSheet!.selection).toEqual({ row: 2, col: 1, rows: 2, cols: 2 });
  expect(handlerCount(double.model, '花名册', 'onChanged')).toBe(1);
  await Excel.run(results[0].context, async (ctx) => {
    for (const r of results) r.remove();
    await ctx.sync();
  });
  expect(handlerCount(double.model, '花名册', 'onChanged')).toBe(0);
  await userSelect(double.model, '花名册', 'A1');
  await userEdit(double.model, '花名册', 'A1', [['x']]);
  expect(selected).toEqual(['B3:C4']);
  expect(changed).toEqual([]);
});

test('before ExcelApi 1.7 adding a handler fails with ApiNotFound', async () => {
  setup('1.6');
  await expect(
    Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('花名册').onChanged.add(async () => undefined);
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: 'ApiNotFound' });
});
