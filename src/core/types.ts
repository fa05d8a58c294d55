// Shared types of the checking engine. The core knows nothing of Office.js, the DOM or Node:
// adapters hand it a Grid of cell values and get back a roster model and findings.

export type Severity = 'error' | 'warning' | 'info';

/** A raw cell value as a host gives it. Dates are Excel serial numbers (1900 system), never Date objects. */
export type CellValue = string | number | boolean | null;

/**
 * A rectangular block of a worksheet, read in one pass.
 * values[r][c] is the cell at sheet row originRow + r and sheet column originCol + c (both 1-based).
 * texts and formats are parallel arrays when the host can give them (displayed text, number format);
 * they let the engine see that an ID was typed as a number (4.10102E+17) or that a number is a date.
 */
export interface Grid {
  originRow: number;
  originCol: number;
  values: CellValue[][];
  texts?: string[][];
  formats?: string[][];
  /** merged areas of the sheet (1-based sheet rows and columns), when the host can give them */
  merges?: CellArea[];
}

/** A rectangle of cells: its top-left cell (1-based sheet row and column) and its size. */
export interface CellArea {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** The fields a roster column can be mapped to. */
export type Field =
  | 'seq'
  | 'name'
  | 'gender'
  | 'id'
  | 'phone'
  | 'occupation'
  | 'category'
  | 'certType'
  | 'level'
  | 'certNo'
  | 'start'
  | 'end'
  | 'period'
  | 'hours'
  | 'personType'
  | 'class'
  | 'amount'
  | 'remark';

export const ALL_FIELDS: readonly Field[] = [
  'seq',
  'name',
  'gender',
  'id',
  'phone',
  'occupation',
  'category',
  'certType',
  'level',
  'certNo',
  'start',
  'end',
  'period',
  'hours',
  'personType',
  'class',
  'amount',
  'remark',
];

/** Fields whose empty cell is a `field.missing` error, and whose missing column blocks the check. */
export const REQUIRED_FIELDS: readonly Field[] = ['name', 'id', 'occupation', 'certType', 'amount'];

/** One column of the roster mapped to a field. col is the 1-based sheet column. */
export interface ColumnMapping {
  field: Field;
  col: number;
  header: string;
  /**
   * A combined column (证书名称及等级, 职业（工种）及等级): the part of each cell this field reads — the
   * name (电工 of 电工（四级）) or the level (四级). Absent: the whole cell.
   */
  part?: 'name' | 'level';
}

/** A calendar date, never a time-zone-bearing instant. month 1–12, day 1–31. */
export interface CalDate {
  y: number;
  m: number;
  d: number;
}

/** Where the roster is in the sheet and how its columns map to fields. All rows/cols are 1-based sheet numbers. */
export interface RosterLayout {
  headerRows: number[];
  firstDataRow: number;
  lastDataRow: number;
  columns: ColumnMapping[];
  /** required fields with no column */
  missing: Field[];
  /** sheet rows that hold trainees (blank lines, repeated page headers, 合计 and footer excluded) */
  dataRows: number[];
  /** the 合计 row, when there is one */
  totalRow?: number;
  /** 小计 rows between trainees: each sums the trainees since the previous one */
  subtotalRows?: number[];
  /** a short account of what was found, skipped and why, for the report (worded by layout/notes.ts noteText) */
  notes: LayoutNote[];
}

/** One thing the layout detection tells the user. Rows and columns are 1-based sheet numbers. */
export type LayoutNote =
  | { code: 'header.rows'; rows: number[] }
  | { code: 'header.not-found'; scanRows: number; minFields: number }
  | { code: 'column.override'; field: Field; col: number }
  /** columns: "F 民族" — letter and header text, at most 10 */
  | { code: 'column.unknown'; columns: string[] }
  /** one column read as two fields: its cells split into a name and a level (证书名称及等级) */
  | { code: 'column.combined'; col: number; header: string; fields: Field[] }
  /** a column mapped because its header is close to a known spelling (contains it, or a typo off it) */
  | { code: 'column.near'; field: Field; col: number; header: string; known: string; how: 'contains' | 'typo' }
  | { code: 'rows.blank' | 'rows.repeated-header' | 'rows.title' | 'rows.subtotal'; rows: number[] }
  | { code: 'rows.total' | 'rows.footer'; row: number }
  /** cells far outside the roster that the reader left out (count, and the first one's address) */
  | { code: 'cells.outside'; count: number; example: string }
  /** areas: "F5:F12" — merged areas (at most 8 listed); count: all of them */
  | {
      code: 'merges.spread' | 'merges.across-header' | 'merges.horizontal' | 'merges.own-values';
      areas: string[];
      count: number;
    };

/** The five certificate types that earn a subsidy. */
export type CertType = '国家职业资格证书' | '职业技能等级证书' | '专项职业能力证书' | '特种作业操作证书' | '培训合格证';

export const CERT_TYPES: readonly CertType[] = [
  '国家职业资格证书',
  '职业技能等级证书',
  '专项职业能力证书',
  '特种作业操作证书',
  '培训合格证',
];

/** Skill levels, by their grade: 5 = 五级/初级工 … 1 = 一级/高级技师. */
export type Level = 1 | 2 | 3 | 4 | 5;

export type Category = 'A' | 'B' | 'C';

/** A text in both languages the product speaks, Simplified Chinese first (picked by i18n's text()). */
export interface Text {
  zh: string;
  en: string;
}

/**
 * Parameters of a finding's message: numbers, strings as they stand (a cell's text, a code) or a Text
 * when the value itself is worded (a list of ledger records). Each rule declares its own shape
 * (Rule<P> in rules/rule.ts); its message() turns them into Chinese or English.
 */
export type MessageParams = Record<string, string | number | Text>;

export interface Finding<P extends MessageParams = MessageParams> {
  /** stable rule code, e.g. `id.checksum` */
  code: string;
  severity: Severity;
  /** 1-based sheet row */
  row: number;
  /** 1-based sheet column, or 0 when the finding concerns the whole row/roster */
  col: number;
  field?: Field;
  params: P;
  /** other sheet rows involved (repeats) */
  related?: number[];
  /**
   * a finding on a vertically merged value: row is the merged block's top row, rows the trainee rows it
   * concerns, area the block (E5:E12)
   */
  rows?: number[];
  area?: string;
  /** filled in by the engine in the requested locale */
  message?: string;
}

export type Locale = 'zh-CN' | 'en-US';

/** A date cell as read: the calendar date when it could be read, the text it showed otherwise. */
export interface DateValue {
  raw: string;
  date: CalDate | null;
  /** true when the cell was non-empty but could not be read as a date */
  invalid: boolean;
}

/** One cell of a trainee row, as read from the grid. */
export interface RowCell {
  col: number;
  value: CellValue;
  text?: string;
  format?: string;
}

/**
 * One trainee row, read once from the grid by readTrainees() and shared by all rules.
 * Text fields are trimmed strings ('' when empty); parsing never changes what the user typed.
 */
export interface Trainee {
  /** 1-based sheet row */
  row: number;
  cells: Partial<Record<Field, RowCell>>;
  name: string;
  gender: string;
  phone: string;
  occupation: string;
  category: string;
  certType: string;
  level: string;
  start: DateValue;
  end: DateValue;
  /** class hours; null when empty, NaN when unreadable */
  hours: number | null;
  personType: string;
  /** the class (班级/开班批次/期数) as typed; '' when the roster has no such column */
  className: string;
  /** claimed amount in integer fen; null when empty, NaN when unreadable */
  amountFen: number | null;
}
