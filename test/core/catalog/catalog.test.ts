import * as fs from 'fs';
import * as path from 'path';
import {
  CatalogError,
  findNationalOccupation,
  nationalOccupationByCode,
  normalizeCategory,
  normalizeOccupationName,
  parseCatalogCsv,
  parseCatalogRows,
  SAMPLE_CATALOG,
  suggestOccupation,
} from '../../../src/core/catalog';
import { testCatalog } from '../../helpers/factory';

describe('normalizeOccupationName', () => {
  it('NFKC, no spaces, one kind of bracket', () => {
    expect(normalizeOccupationName(' 电工（初级） ')).toBe('电工(初级)');
    expect(normalizeOccupationName('电子商务师【含跨境】')).toBe('电子商务师(含跨境)');
    expect(normalizeOccupationName('养老\u3000护理员\u200b')).toBe('养老护理员');
  });
});

describe('normalizeCategory', () => {
  it.each([
    ['A', 'A'],
    ['a', 'A'],
    ['Ａ', 'A'],
    ['A类', 'A'],
    ['优先支持类', 'A'],
    ['重点支持类', 'B'],
    ['B类（重点支持类）', 'B'],
    ['C', 'C'],
    ['C类', 'C'],
  ])('%s → %s', (raw, want) => {
    expect(normalizeCategory(raw)).toBe(want);
  });
  it.each(['', 'D', 'A类（重点支持类）', '甲'])('%s → null', (raw) => {
    expect(normalizeCategory(raw)).toBeNull();
  });
});

describe('parseCatalogRows', () => {
  it('finds the header under a title, with header variants and optional columns', () => {
    const c = parseCatalogRows(
      [
        ['2021年职业技能培训补贴目录', null, null, null],
        [null, null, null, null],
        ['序号', '职业（工种）名称', '职业编码', '目录类别', '培训方式'],
        [1, '电工', '6-31-01-03', 'A类', '线下'],
        [2, '焊 工', '6-18-02-04', '重点支持类', null],
        [null, null, null, null],
        [3, '茶艺师', '', 'c', '线下不少于8学时'],
      ],
      'catalog.xlsx',
    );
    expect(c.entries).toEqual([
      { name: '电工', category: 'A', code: '6-31-01-03', online: '线下' },
      { name: '焊 工', category: 'B', code: '6-18-02-04' },
      { name: '茶艺师', category: 'C', online: '线下不少于8学时' },
    ]);
    expect(c.byName.get('焊工')?.category).toBe('B');
    expect(c.sample).toBe(false);
    expect(c.source).toBe('catalog.xlsx');
  });

  it.each([
    ['职业', '类别'],
    ['工种', '职业类别'],
    ['职业名称', '类别(A/B/C)'],
    ['工种名称', '分类'],
  ])('header %s / %s', (name, cat) => {
    const c = parseCatalogRows(
      [
        [name, cat],
        ['电工', 'A'],
      ],
      'x',
    );
    expect(c.entries).toEqual([{ name: '电工', category: 'A' }]);
  });

  it('names the file and row of a bad category', () => {
    const rows = [
      ['职业', '类别'],
      ['电工', 'A'],
      ['焊工', 'D类'],
    ];
    expect(() => parseCatalogRows(rows, 'cat.csv')).toThrow(CatalogError);
    expect(() => parseCatalogRows(rows, 'cat.csv')).toThrow(/cat\.csv 第3行.*D类/);
    expect(() =>
      parseCatalogRows(
        [
          ['职业', '类别'],
          ['电工', ''],
        ],
        'cat.csv',
      ),
    ).toThrow(/第2行/);
  });

  it('names the file when the name or category column is missing', () => {
    expect(() =>
      parseCatalogRows(
        [
          ['序号', '类别'],
          [1, 'A'],
        ],
        'nocol.csv',
      ),
    ).toThrow(/nocol\.csv.*职业名称列/);
    expect(() =>
      parseCatalogRows(
        [
          ['职业', '备注'],
          ['电工', ''],
        ],
        'nocat.csv',
      ),
    ).toThrow(/nocat\.csv 第1行.*类别列/);
  });

  it('rejects one name listed with two categories', () => {
    expect(() =>
      parseCatalogRows(
        [
          ['职业', '类别'],
          ['电工', 'A'],
          ['电工', 'B'],
        ],
        'dup.csv',
      ),
    ).toThrow(/第3行/);
  });
});

describe('parseCatalogCsv', () => {
  it('is BOM-safe and keeps line numbers', () => {
    const c = parseCatalogCsv('\uFEFF职业,类别\r\n电工,A\r\n焊工,B\r\n', 'a.csv');
    expect(c.entries.map((e) => [e.name, e.category])).toEqual([
      ['电工', 'A'],
      ['焊工', 'B'],
    ]);
    expect(() => parseCatalogCsv('职业,类别\n电工,A\n\n焊工,X\n', 'b.csv')).toThrow(/b\.csv 第4行/);
  });

  it('reads the shipped sample CSV to the same entries as SAMPLE_CATALOG', () => {
    const text = fs.readFileSync(path.join(__dirname, '../../../examples/catalog-sample.csv'), 'utf8');
    const c = parseCatalogCsv(text, 'catalog-sample.csv');
    expect(c.entries).toEqual(SAMPLE_CATALOG.entries);
  });
});

describe('SAMPLE_CATALOG', () => {
  it('is labelled a sample', () => {
    expect(SAMPLE_CATALOG.sample).toBe(true);
    expect(SAMPLE_CATALOG.label).toContain('示例目录，仅供演示，请使用当地当年公布的目录');
    expect(SAMPLE_CATALOG.entries.length).toBeGreaterThanOrEqual(35);
    expect(new Set(SAMPLE_CATALOG.entries.map((e) => e.category))).toEqual(new Set(['A', 'B', 'C']));
  });

  it('uses names and codes of the 2022 classification', () => {
    expect(SAMPLE_CATALOG.byName.get('电工')).toMatchObject({ code: '6-31-01-03', category: 'A' });
    expect(SAMPLE_CATALOG.byName.get('焊工')?.code).toBe('6-18-02-04');
    expect(SAMPLE_CATALOG.byName.get('养老护理员')?.code).toBe('4-10-01-05');
    for (const e of SAMPLE_CATALOG.entries) {
      if (e.code) expect(nationalOccupationByCode.get(e.code)?.name).toBe(e.name);
    }
  });
});

describe('national classification', () => {
  it('has all 1639 occupations and finds by name', () => {
    expect(nationalOccupationByCode.size).toBe(1639);
    expect(findNationalOccupation('电工')?.code).toBe('6-31-01-03');
    expect(findNationalOccupation('  养老护理员 ')?.code).toBe('4-10-01-05');
    expect(findNationalOccupation('不存在的工种')).toBeUndefined();
  });
});

describe('suggestOccupation', () => {
  const cat = testCatalog([
    ['电工', 'A'],
    ['电焊工', 'B'],
    ['养老护理员', 'A'],
    ['中式烹调师', 'C'],
    ['车工', 'B'],
  ]);

  it('suggests the nearest catalog name', () => {
    expect(suggestOccupation(cat, '电工(初级)')).toBe('电工');
    expect(suggestOccupation(cat, '电工（初级）')).toBe('电工');
    expect(suggestOccupation(cat, '焊工')).toBe('电焊工');
    expect(suggestOccupation(cat, '养老护理')).toBe('养老护理员');
    expect(suggestOccupation(cat, '中式烹饪师')).toBe('中式烹调师');
  });

  it('returns null when nothing is close', () => {
    expect(suggestOccupation(cat, '飞行员')).toBeNull();
    expect(suggestOccupation(cat, '钳工')).toBeNull();
    expect(suggestOccupation(cat, '')).toBeNull();
  });

  it('memoizes per catalog', () => {
    expect(suggestOccupation(cat, '焊工')).toBe(suggestOccupation(cat, '焊工'));
    const other = testCatalog([['焊工', 'A']]);
    expect(suggestOccupation(other, '焊工')).toBe('焊工');
  });
});
