// The 申报信息 form: what the claim papers need that the roster does not hold. Stored as JSON (INFO.json
// on the command line, a document setting in the add-in) and validated here (with the zod schema of
// info-schema.ts); an error names the field.
import type { z } from 'zod';
import type { ClaimInfoSchema } from './info-schema';

/** Chinese labels of the fields, for error messages and the task-pane form. */
export const INFO_LABELS = {
  institution: '培训机构名称',
  contact: '联系人',
  phone: '联系电话',
  bankName: '开户银行名称',
  bankAccount: '银行帐号',
  batch: '开班批次',
  classStart: '开班时间',
  trainingMode: '培训方式',
  assessmentDate: '考核（评价、鉴定）时间',
  noticeStart: '公示开始日期',
  noticeEnd: '公示截止日期',
  noticeSite: '公示网站',
  noticeContact: '异议受理电话',
  fundSource: '资金来源',
  plannedPersons: '拟培训人数',
  supervisingDept: '行业主管部门',
  hrDept: '人力资源社会保障部门',
  preparer: '制表人',
  reviewer: '审核人',
  examinees: '参加考核人数',
  agreementOnFile: '培训协议书/承诺书已签订',
  remark: '备注',
} as const;

export type InfoField = keyof typeof INFO_LABELS;

/** The claim-info schema (zod, in info-schema.ts), required on first use. */
export function claimInfoSchema(): typeof ClaimInfoSchema {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('./info-schema') as typeof import('./info-schema')).ClaimInfoSchema;
}

/** The form as stored (dates as 'YYYY-MM-DD'). */
export type ClaimInfoInput = z.input<typeof ClaimInfoSchema>;
/** The form once validated (dates as CalDate, defaults filled in). */
export type ClaimInfo = z.output<typeof ClaimInfoSchema>;

/** One problem of the claim info: the field (dotted path; '' for the whole object) and what is wrong. */
export interface InfoIssue {
  field: string;
  zh: string;
  en: string;
}

export class ClaimInfoError extends Error {
  /** the message in English */
  readonly en: string;
  /** the first bad field ('' for the whole object) */
  readonly field: string;
  /** every problem found (one for errors raised while building the papers) */
  readonly issues: InfoIssue[];
  constructor(zh: string, en: string, field: string, issues?: InfoIssue[]) {
    super(zh);
    this.name = 'ClaimInfoError';
    this.en = en;
    this.field = field;
    this.issues = issues ?? [{ field, zh, en }];
  }
}

function pathText(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}

const TYPE_ZH: Record<string, [string, string]> = {
  string: ['应为文字（用引号括起）', 'must be text (in quotes)'],
  number: ['应为数字（不加引号）', 'must be a number (no quotes)'],
  boolean: ['应为 true 或 false', 'must be true or false'],
  object: ['应为 { … } 形式的对象', 'must be an object { … }'],
};

/** The issue's message in Chinese and English (zod's own messages are English; ours are 'zh / en'). */
function issueText(issue: z.core.$ZodIssue, present: boolean): [string, string] {
  if (issue.code === 'invalid_type') {
    if (!present) return ['必填，不能缺少', 'required'];
    const t = TYPE_ZH[String((issue as { expected?: string }).expected)];
    if (t) return t;
  }
  if (issue.message.includes(' / ')) {
    const [zh, en] = issue.message.split(' / ');
    return [zh, en];
  }
  if (issue.code === 'too_small') return [`取值过小（${issue.message}）`, issue.message];
  if (issue.code === 'invalid_key' || issue.code === 'invalid_value') return ['取值不在允许范围内', issue.message];
  return [`取值无效（${issue.message}）`, issue.message];
}

function labelOf(field: string): string {
  const top = field.split(/[.[]/)[0];
  return top in INFO_LABELS ? `（${INFO_LABELS[top as InfoField]}）` : '';
}

/** Every problem of the value as claim info, one per field (unknown fields one each). */
export function claimInfoIssues(json: unknown): InfoIssue[] {
  const r = claimInfoSchema().safeParse(json);
  if (r.success) return [];
  const out: InfoIssue[] = [];
  for (const issue of r.error.issues) {
    const base = pathText(issue.path);
    if (issue.code === 'unrecognized_keys') {
      for (const k of (issue as { keys?: string[] }).keys ?? []) {
        const field = base ? `${base}.${k}` : k;
        out.push({
          field,
          zh: '未知字段（拼写有误？字段见 docs/claim.md）',
          en: 'unknown field (misspelt? see docs/claim.md)',
        });
      }
      continue;
    }
    let present = true;
    let at: unknown = json;
    for (const p of issue.path) at = at && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[p] : undefined;
    if (at === undefined) present = false;
    const [zh, en] = issueText(issue, present);
    out.push({ field: base, zh, en });
  }
  return out;
}

/**
 * Validates a parsed JSON value as the claim info. Every problem is reported at once, each naming the
 * field (key and Chinese label): one line 'INFO.json：申报信息字段 bankAccount（银行帐号）：…' for one problem,
 * a first line with the count and one line per problem for several.
 */
export function parseClaimInfo(json: unknown, source: string): ClaimInfo {
  const r = claimInfoSchema().safeParse(json);
  if (r.success) return r.data;
  const issues = claimInfoIssues(json);
  if (!issues.length)
    issues.push({ field: '', zh: '申报信息应为 { … } 形式的对象', en: 'the claim info must be an object { … }' });
  const name = (i: InfoIssue) => i.field || '（整体）';
  const nameEn = (i: InfoIssue) => i.field || '(the whole document)';
  if (issues.length === 1) {
    const i = issues[0];
    throw new ClaimInfoError(
      `${source}：申报信息字段 ${name(i)}${labelOf(i.field)}：${i.zh}`,
      `${source}: claim info field ${nameEn(i)}: ${i.en}`,
      i.field,
      issues,
    );
  }
  throw new ClaimInfoError(
    [
      `${source}：申报信息有 ${issues.length} 处问题：`,
      ...issues.map((i) => `  ${name(i)}${labelOf(i.field)}：${i.zh}`),
    ].join('\n'),
    [`${source}: ${issues.length} problems in the claim info:`, ...issues.map((i) => `  ${nameEn(i)}: ${i.en}`)].join(
      '\n',
    ),
    issues[0].field,
    issues,
  );
}
