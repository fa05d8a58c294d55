// The header synonym table: the many real spellings of each roster column, and field labels.
// Where the spellings come from (Zhengzhou 2021 documents, published subsidy lists of other regions):
// docs/templates.md.
import { REQUIRED_FIELDS, type CellValue, type Field, type Locale } from '../types';

/** How a header cell maps to a field. rank: lower is a better match (exact spelling, preferred synonym). */
export interface HeaderMatch {
  field: Field;
  rank: number;
  /**
   * A combined column (证书名称及等级, 职业（工种）及等级): the second field its cells give. The cell is
   * split on reading: the name part for `field`, the level part for `also` (layout/combined.ts).
   */
  also?: Field;
  /**
   * Mapped only because the header is close to a known spelling, which is given here: it holds a
   * required field's spelling among other words (培训职业名称 → 培训职业), or is one character or two
   * off one (身份正号码 → 身份证号码). Reported to the user (LayoutNote column.near).
   */
  near?: { known: string; how: 'contains' | 'typo' };
}

interface HeaderRule {
  /** null: a known column that must not be mistaken for a field (补贴类别 is not 类别) */
  field: Field | null;
  /** substrings of the normalised header, in order of preference */
  keys: string[];
  /** whole headers only (too short to be searched inside longer ones) */
  exact?: string[];
}

/**
 * Checked in order; the first rule with a key inside the header wins. The order settles the ambiguous
 * words: 证书编号 before 证书, 证书等级 before 证书, 人员类别 before 类别, 职业类别 before 职业,
 * 开始/结束 before 培训时间.
 */
const HEADER_RULES: HeaderRule[] = [
  { field: 'seq', keys: ['序号'], exact: ['序', 'NO', 'NO.', '编号'] },
  { field: 'name', keys: ['姓名', '学员名称'], exact: ['名字', '学员'] },
  { field: 'gender', keys: ['性别'] },
  {
    field: null,
    keys: [
      '证件类型',
      '证件种类',
      '出生日期',
      '出生年月',
      '民族',
      '学历',
      '文化程度',
      '年龄',
      '银行',
      '账号',
      '户籍',
      '住址',
      '地址',
    ],
  },
  {
    field: 'id',
    keys: [
      '身份证件号码',
      '身份证号码',
      '公民身份号码',
      '证件号码',
      '身份证号',
      '公民身份',
      '身份证',
      '证件号',
      '身份号码',
    ],
  },
  { field: 'phone', keys: ['联系电话', '手机号', '电话', '手机', '联系方式'] },
  // 结业证书编号: Baise (Guangxi) 2024 published list, docs/templates.md
  { field: 'certNo', keys: ['证书编号', '结业证书编号', '证书号码', '证书号', '证号'] },
  { field: 'level', keys: ['技能等级', '证书等级', '职业资格等级', '鉴定等级', '等级', '级别'] },
  // the occupation printed on the certificate, not a certificate type (Guxian, Shanxi: docs/templates.md)
  { field: 'occupation', keys: ['证书工种'] },
  {
    field: 'certType',
    keys: ['证书类型', '证书名称', '证书种类', '证书类别', '取证类型', '取证类别', '取证名称', '证书', '取证'],
  },
  {
    field: 'personType',
    keys: ['人员类别', '人员类型', '人员身份', '就业状态', '学员类别', '学员类型', '身份类别', '人群类别'],
  },
  { field: null, keys: ['补贴类别', '补贴类型', '培训类别', '培训类型', '培训形式', '培训方式', '补贴对象'] },
  { field: 'category', keys: ['目录类别', '职业类别', '工种类别', '目录分类', '类别'] },
  {
    field: 'amount',
    // 职业培训补贴标准: Baise (Guangxi) 2024 published list, docs/templates.md
    keys: [
      '补贴金额',
      '申请补贴金额',
      '申请金额',
      '补贴资金',
      '金额',
      '补贴额',
      '补贴标准',
      '申请补贴标准',
      '职业培训补贴标准',
    ],
  },
  // a class or batch, not a date: 开班批次 must not be read as 开班 (start)
  { field: 'class', keys: ['开班批次', '培训批次', '班级名称', '班级编号', '班级', '班次', '期数', '期次', '批次'] },
  { field: 'start', keys: ['开始', '开班', '起始', '开课'], exact: ['起', '自', '始'] },
  { field: 'end', keys: ['结束', '结业', '截止', '终止', '结课'], exact: ['止', '至', '终'] },
  { field: 'period', keys: ['起止', '培训时间', '培训日期', '培训期间', '培训周期', '培训起讫'] },
  { field: 'hours', keys: ['总课时', '总学时', '培训课时', '培训学时', '课时', '学时'] },
  {
    field: 'occupation',
    keys: ['职业工种', '培训工种', '职业名称', '培训职业', '工种名称', '工种', '职业', '培训项目'],
  },
  { field: 'remark', keys: ['备注'] },
];

/** Longest header we try to read: longer cells are titles, not column names. */
const MAX_HEADER_LENGTH = 16;

/** Units and fill-in hints in brackets, dropped: 补贴标准（元） → 补贴标准. */
const UNIT_BRACKETS =
  /\((元|万元|人民币元?|元\/人|元每人|小时|课时|学时|天|人|个|必填|选填|年月日|[YMD.\-/]{6,10}|\d+位)\)/gi;
const SPACES_AND_MARKS = /[\s*※\u200b-\u200f\ufeff]+/g;
const BRACKETS = /[()[\]{}<>【】〔〕]/g;

/**
 * A header cell's text reduced for matching: NFKC (full-width brackets and letters to half-width),
 * no spaces or line breaks, no unit brackets, other brackets removed but their words kept
 * (职业（工种） → 职业工种), upper case.
 */
export function normalizeHeader(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(SPACES_AND_MARKS, '')
    .replace(UNIT_BRACKETS, '')
    .replace(BRACKETS, '')
    .toUpperCase();
}

/** Fields whose near match is reported (the ones that decide whether and how a roster is checked). */
const NOTED_FIELDS: ReadonlySet<Field> = new Set(REQUIRED_FIELDS);

/**
 * A column that gives a name and a level at once: 证书名称及等级, 职业（工种）及等级, 培训工种/等级.
 * The part before the joiner must name an occupation or a certificate.
 */
const COMBINED = /^(.{2,}?)(?:及|和|与|\/|、|\+)(?:技能)?(?:等级|级别)$/;
const COMBINED_FIELDS: ReadonlySet<Field> = new Set<Field>(['occupation', 'certType']);
/** Rank of the level half of a combined column: a column of its own for the level wins. */
export const COMBINED_LEVEL_RANK = 150;

/** The rule a normalised header names by a key inside it (or a whole-header spelling), or null. */
function byKey(key: string): HeaderMatch | null | undefined {
  for (const rule of HEADER_RULES) {
    const exact = rule.keys.indexOf(key);
    if (exact >= 0 || rule.exact?.includes(key)) {
      return rule.field ? { field: rule.field, rank: Math.max(0, exact) } : null;
    }
    const i = rule.keys.findIndex((k) => key.includes(k));
    if (i < 0) continue;
    if (!rule.field) return null;
    const m: HeaderMatch = { field: rule.field, rank: 100 + i };
    if (NOTED_FIELDS.has(rule.field)) m.near = { known: rule.keys[i], how: 'contains' };
    return m;
  }
  return undefined;
}

/** The two rows of editDistance, reused: it is asked for every name the header scan meets. */
let rowPrev = new Int32Array(32);
let rowCur = new Int32Array(32);

/** Edit distance between two short strings (header cells are at most MAX_HEADER_LENGTH characters). */
function editDistance(a: string, b: string): number {
  if (rowPrev.length <= b.length) {
    rowPrev = new Int32Array(b.length + 1);
    rowCur = new Int32Array(b.length + 1);
  }
  let prev = rowPrev;
  let cur = rowCur;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1));
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[b.length];
}

/** Typos allowed: none in 2 characters, one in 3–5, two in longer spellings. */
function allowedTypos(length: number): number {
  return length < 3 ? 0 : length < 6 ? 1 : 2;
}

/** A known spelling as byTypo compares it: generic words left out, with the typos it allows. */
interface TypoKey {
  field: Field | null;
  known: string;
  core: string;
  allowed: number;
}

let typoKeys: TypoKey[] | undefined;

/** Every rule's spellings (keys, then exact ones), in rule order, prepared once. */
function typoKeysOf(): TypoKey[] {
  return (typoKeys ??= HEADER_RULES.flatMap((rule) =>
    [...rule.keys, ...(rule.exact ?? [])].map((known) => {
      const core = known.replace(GENERIC_WORDS, '');
      return { field: rule.field, known, core, allowed: allowedTypos(core.length) };
    }),
  ));
}

/**
 * A header one or two characters off a known spelling (身份正号码): the nearest spelling's field, when
 * it is nearer than any spelling of a column that is not a field, and unique. Generic words (名称,
 * 号码 …) are left out before comparing, so 学校名称 is not a typo of 学员名称. The header scan reads
 * data rows too (every name in them is asked), so a spelling whose length alone puts it further off
 * than it allows (the distance is at least the difference in length) is passed over without measuring.
 */
function byTypo(key: string): HeaderMatch | null {
  if (/\d/.test(key)) return null;
  const core = key.replace(GENERIC_WORDS, '');
  let best: { field: Field | null; known: string; d: number } | null = null;
  let tie = false;
  for (const k of typoKeysOf()) {
    if (Math.abs(core.length - k.core.length) > k.allowed) continue;
    const d = editDistance(core, k.core);
    if (d === 0 || d > k.allowed) continue;
    if (!best || d < best.d) {
      best = { field: k.field, known: k.known, d };
      tie = false;
    } else if (d === best.d && best.field !== k.field) tie = true;
  }
  if (!best || tie || !best.field) return null;
  return { field: best.field, rank: 200 + best.d, near: { known: best.known, how: 'typo' } };
}

const MAX_CACHE = 4096;
/** Matches per cell text: the header scan reads the first rows of every sheet, data rows too. */
const cache = new Map<string, HeaderMatch | null>();

/**
 * The field a header cell names, or null. Cells with a colon (培训机构：…) or long text (titles) never
 * match. Memoized per distinct text; the result is frozen (shared between calls).
 */
export function matchHeader(value: CellValue | undefined): HeaderMatch | null {
  if (typeof value !== 'string') return null;
  let m = cache.get(value);
  if (m === undefined) {
    m = match(value);
    if (m) Object.freeze(m);
    if (cache.size >= MAX_CACHE) cache.clear();
    cache.set(value, m);
  }
  return m;
}

function match(value: string): HeaderMatch | null {
  const key = normalizeHeader(value);
  if (key === '' || key.length > MAX_HEADER_LENGTH || key.includes(':')) return null;
  const combined = COMBINED.exec(key);
  if (combined) {
    const first = byKey(combined[1]);
    if (first && COMBINED_FIELDS.has(first.field)) return { ...first, also: 'level' };
  }
  const m = byKey(key);
  return m === undefined ? byTypo(key) : m;
}

/** Display names of the fields, for messages and the mapping UI. */
export const FIELD_LABELS: Record<Field, Record<Locale, string>> = {
  seq: { 'zh-CN': '序号', 'en-US': 'No.' },
  name: { 'zh-CN': '姓名', 'en-US': 'Name' },
  gender: { 'zh-CN': '性别', 'en-US': 'Gender' },
  id: { 'zh-CN': '身份证号码', 'en-US': 'ID number' },
  phone: { 'zh-CN': '联系电话', 'en-US': 'Phone' },
  occupation: { 'zh-CN': '职业(工种)', 'en-US': 'Occupation' },
  category: { 'zh-CN': '目录类别', 'en-US': 'Catalog category' },
  certType: { 'zh-CN': '证书类型', 'en-US': 'Certificate type' },
  level: { 'zh-CN': '等级', 'en-US': 'Level' },
  certNo: { 'zh-CN': '证书编号', 'en-US': 'Certificate no.' },
  start: { 'zh-CN': '培训开始日期', 'en-US': 'Start date' },
  end: { 'zh-CN': '培训结束日期', 'en-US': 'End date' },
  period: { 'zh-CN': '培训起止时间', 'en-US': 'Training period' },
  hours: { 'zh-CN': '课时', 'en-US': 'Class hours' },
  personType: { 'zh-CN': '人员类别', 'en-US': 'Trainee type' },
  class: { 'zh-CN': '班级/批次', 'en-US': 'Class' },
  amount: { 'zh-CN': '补贴金额', 'en-US': 'Subsidy amount' },
  remark: { 'zh-CN': '备注', 'en-US': 'Remark' },
};

/** The label of a field (or the code itself when unknown) in a locale. */
export function fieldLabel(field: string, locale: Locale): string {
  return (FIELD_LABELS as Record<string, Record<Locale, string>>)[field]?.[locale] ?? field;
}

/** Share of the key's characters found in the header (each character counted once per occurrence). */
function overlap(header: string, key: string): number {
  const pool = [...header];
  let hit = 0;
  for (const ch of key) {
    const i = pool.indexOf(ch);
    if (i >= 0) {
      hit++;
      pool.splice(i, 1);
    }
  }
  return hit / key.length;
}

/** Words many headers share: they say nothing about which field a header names (学校名称 is no 证书名称). */
const GENERIC_WORDS = /名称|类型|类别|种类|号码|编号|日期|时间|情况|信息/g;

/**
 * The headers seen that come nearest to a field's known spellings (at least half of a spelling's
 * characters, the generic words 名称, 类型, 号码 … left out), best first: offered when a required column
 * is missing.
 */
export function nearestHeaders(field: Field, headers: string[], max = 2): string[] {
  const keys = HEADER_RULES.filter((r) => r.field === field)
    .flatMap((r) => [...r.keys, ...(r.exact ?? [])])
    .map((k) => k.replace(GENERIC_WORDS, ''))
    .filter((k) => k !== '');
  const scored = headers
    .map((h) => ({ h, key: normalizeHeader(h).replace(GENERIC_WORDS, ''), score: 0 }))
    .filter((x) => x.key !== '');
  for (const x of scored) x.score = Math.max(0, ...keys.map((k) => overlap(x.key, k)));
  return scored
    .filter((x) => x.score >= 0.5)
    .sort((a, b) => b.score - a.score)
    .slice(0, max)
    .map((x) => x.h);
}
