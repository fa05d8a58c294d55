import {
  CELL_TEXT_LIMIT,
  cellMarks,
  clip,
  mergeNote,
  noteText,
  resultsTable,
  rowMarkColumn,
  SEVERITY_ORDER,
  SEVERITY_RGB,
  severityLabel,
  severityRank,
  worstSeverity,
} from '../../../src/core/marks';
import type { Finding, RosterLayout } from '../../../src/core/types';

const layout = (columns: RosterLayout['columns']): RosterLayout => ({
  headerRows: [1],
  firstDataRow: 2,
  lastDataRow: 9,
  columns,
  missing: [],
  dataRows: [2, 3, 4, 5, 6, 7, 8, 9],
  notes: [],
});
const withSeq = layout([
  { field: 'seq', col: 2, header: '序号' },
  { field: 'name', col: 3, header: '学员姓名' },
  { field: 'id', col: 4, header: '身份证' },
]);
type Sev = Finding['severity'];
const f = (code: string, severity: Sev, row: number, col: number, extra: Partial<Finding> = {}): Finding => ({
  code,
  severity,
  row,
  col,
  params: {},
  message: `${code}@${row}:${col}`,
  ...extra,
});

describe('severity', () => {
  it('has one order, worst first, and one colour and label per severity', () => {
    expect(SEVERITY_ORDER).toEqual(['error', 'warning', 'info']);
    expect(SEVERITY_ORDER.map(severityRank)).toEqual([0, 1, 2]);
    expect(worstSeverity(['info', 'warning'])).toBe('warning');
    expect(worstSeverity([])).toBe('info');
    expect(Object.values(SEVERITY_RGB).every((c) => /^[0-9A-F]{6}$/.test(c))).toBe(true);
    expect(SEVERITY_ORDER.map((s) => severityLabel(s, 'zh-CN'))).toEqual(['错误', '警告', '提示']);
    expect(SEVERITY_ORDER.map((s) => severityLabel(s, 'en-US'))).toEqual(['Error', 'Warning', 'Info']);
  });
});

describe('which cell a finding marks', () => {
  it('marks a whole-row finding on the 序号 cell, else the first mapped column, else nowhere', () => {
    expect(rowMarkColumn(withSeq)).toBe(2);
    const noSeq = layout([
      { field: 'id', col: 5, header: '身份证' },
      { field: 'name', col: 3, header: '姓名' },
    ]);
    expect(rowMarkColumn(noSeq)).toBe(3);
    expect(rowMarkColumn(layout([]))).toBeNull();
    const marks = cellMarks([f('class.size', 'warning', 3, 0), f('x', 'info', 0, 0)], withSeq, 'zh-CN');
    expect(marks.map((m) => [m.row, m.col, m.severity])).toEqual([[3, 2, 'warning']]);
    expect(cellMarks([f('class.size', 'warning', 3, 0)], layout([]), 'zh-CN')).toEqual([]);
  });

  it("merges a cell's findings: worst severity, distinct reasons, rule titles, by row then column", () => {
    const marks = cellMarks(
      [
        f('id.checksum', 'warning', 5, 4),
        f('dup.id', 'error', 5, 4),
        f('dup.id', 'error', 5, 4),
        f('test.x', 'info', 2, 9, { message: '自由文字' }),
        f('test.y', 'info', 2, 3),
      ],
      withSeq,
      'zh-CN',
    );
    expect(marks.map((m) => `${m.row}:${m.col}`)).toEqual(['2:3', '2:9', '5:4']);
    const cell = marks[2];
    expect(cell.severity).toBe('error');
    expect(cell.note).toBe('花名册核验：\n• 身份证校验码错误：id.checksum@5:4\n• 身份证号码重复：dup.id@5:4');
    expect(marks[1].note).toBe('花名册核验：\n• 自由文字');
    const en = cellMarks([f('dup.id', 'error', 5, 4)], withSeq, 'en-US')[0];
    expect(en.note).toBe('Roster check:\n• Repeated ID number: dup.id@5:4');
  });
});

describe('note text', () => {
  it("stays within Excel's 32,767 characters, ending in an ellipsis when cut", () => {
    const reasons = Array.from({ length: 400 }, (_, i) => `第${i}条：${'很长的说明'.repeat(20)}`);
    const long = noteText(reasons, 'zh-CN');
    expect(long.length).toBe(CELL_TEXT_LIMIT);
    expect(long.endsWith('…')).toBe(true);
    expect(noteText(['短'], 'zh-CN')).toBe('花名册核验：\n• 短');
    expect(clip('😀😀', 2)).toBe('…'); // a surrogate pair is not split
    expect(clip('abc', 3)).toBe('abc');
  });

  it("puts our reasons before the user's note and never cuts the user's text", () => {
    expect(mergeNote('花名册核验：\n• a', null)).toBe('花名册核验：\n• a');
    expect(mergeNote('花名册核验：\n• a', '经办人已核对')).toBe('花名册核验：\n• a\n\n经办人已核对');
    const theirs = 'x'.repeat(CELL_TEXT_LIMIT - 100);
    const merged = mergeNote(`花名册核验：\n• ${'y'.repeat(500)}`, theirs);
    expect(merged.length).toBe(CELL_TEXT_LIMIT);
    expect(merged.endsWith(`…\n\n${theirs}`)).toBe(true);
  });
});

describe('the 校验结果 table', () => {
  const findings = [
    f('dup.id', 'error', 5, 4, { field: 'id', related: [7, 9] }),
    f('class.size', 'warning', 3, 0),
    f('gender.mismatch', 'warning', 6, 0, { field: 'gender' }),
    f('roster.empty', 'info', 0, 0),
  ];

  it("has translated headers, the roster's header or the field's name, links and a summary", () => {
    const zh = resultsTable(findings, withSeq, { locale: 'zh-CN', sheet: '花名册' });
    expect(zh.headers).toEqual(['行', '列', '单元格', '字段', '规则代码', '严重程度', '说明', '相关行']);
    expect(zh.rows[0]).toEqual({
      row: 5,
      column: 'D',
      link: { text: 'D5', row: 5, col: 4 },
      field: '身份证',
      code: 'dup.id',
      severity: 'error',
      severityLabel: '错误',
      message: 'dup.id@5:4',
      related: '7, 9',
    });
    // a whole-row finding links to the cell it marks; its column stays empty
    expect(zh.rows[1]).toMatchObject({ row: 3, column: '', link: { text: 'B3', row: 3, col: 2 }, field: '' });
    // a field with no column: its name in the user's language, never the raw key
    expect(zh.rows[2].field).toBe('性别');
    expect(resultsTable(findings, withSeq, { locale: 'en-US', sheet: 'S' }).rows[2].field).toBe('Gender');
    // the roster as a whole: no row, no link
    expect(zh.rows[3]).toMatchObject({ row: null, link: null });
    expect(zh.empty).toBeNull();
    expect(zh.summary.map((l) => [l.label, l.value])).toEqual([
      ['汇总', null],
      ['工作表：花名册', null],
      ['错误', 1],
      ['警告', 2],
      ['提示', 1],
      ['合计', 4],
      ['', null],
      ['规则代码', '数量'],
      ['class.size', 1],
      ['dup.id', 1],
      ['gender.mismatch', 1],
      ['roster.empty', 1],
    ]);
    expect(zh.summary.filter((l) => l.severity).map((l) => l.severity)).toEqual(['error', 'warning', 'info']);
  });

  it('links a whole-row finding to its row when no column can be marked', () => {
    const t = resultsTable([f('class.size', 'warning', 9, 0)], layout([]), { locale: 'en-US', sheet: 'S' });
    expect(t.headers[0]).toBe('Row');
    expect(t.rows[0].link).toEqual({ text: '9:9', row: 9, col: null });
  });

  it('says so when there is nothing to list', () => {
    const t = resultsTable([], withSeq, { locale: 'en-US', sheet: 'Roster' });
    expect(t.rows).toEqual([]);
    expect(t.empty).toBe('No findings');
    expect(t.summary.find((l) => l.label === 'Total')!.value).toBe(0);
  });
});
