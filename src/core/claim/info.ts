// The 申报信息 form: what the claim papers need that the roster does not hold. Stored as JSON (INFO.json
// on the command line, a document setting in the add-in) and validated here; an error names the field.
import { z } from 'zod';
import { CERT_TYPES, type CalDate } from '../types';
import { isValidDate } from '../values';

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

const text = z.string().trim().min(1, { message: '不能为空 / must not be empty' });
const optionalText = z.string().trim().optional();

const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期应写作 YYYY-MM-DD / a date as YYYY-MM-DD' })
  .transform((s, ctx): CalDate => {
    const [y, m, d] = s.split('-').map(Number);
    if (!isValidDate(y, m, d)) ctx.addIssue({ code: 'custom', message: `${s} 不是有效日期 / not a real date` });
    return { y, m, d };
  });

const certCounts = z.partialRecord(
  z.enum(CERT_TYPES as unknown as [string, ...string[]]),
  z.number().int({ message: '人数应为整数 / a whole number' }).nonnegative(),
);

export const ClaimInfoSchema = z
  .object({
    institution: text,
    contact: text,
    phone: z.string().trim().regex(/^[0-9+\-()（） ]{7,20}$/, { message: '电话号码格式不对 / not a phone number' }),
    bankName: text,
    bankAccount: z
      .string()
      .trim()
      .transform((s) => s.replace(/\s+/g, ''))
      .pipe(z.string().regex(/^\d{8,32}$/, { message: '银行帐号应为 8–32 位数字 / 8–32 digits' })),
    batch: text,
    classStart: isoDate.optional(),
    trainingMode: text,
    assessmentDate: isoDate,
    noticeStart: isoDate,
    /** only where the holiday calendar lacks the year (see notice-period.ts); ignored otherwise */
    noticeEnd: isoDate.optional(),
    noticeSite: z.string().trim().min(1).default('人力资源和社会保障局官网'),
    noticeContact: optionalText,
    fundSource: text,
    plannedPersons: z.number().int({ message: '人数应为整数 / a whole number' }).positive(),
    supervisingDept: text,
    hrDept: z.string().trim().min(1).default('人力资源和社会保障局'),
    preparer: optionalText,
    reviewer: optionalText,
    examinees: certCounts.optional(),
    agreementOnFile: z.boolean().default(false),
    remark: optionalText,
  })
  .strict();

/** The form as stored (dates as 'YYYY-MM-DD'). */
export type ClaimInfoInput = z.input<typeof ClaimInfoSchema>;
/** The form once validated (dates as CalDate, defaults filled in). */
export type ClaimInfo = z.output<typeof ClaimInfoSchema>;

export class ClaimInfoError extends Error {
  /** the message in English */
  readonly en: string;
  /** the first bad field ('' for the whole object) */
  readonly field: string;
  constructor(zh: string, en: string, field: string) {
    super(zh);
    this.name = 'ClaimInfoError';
    this.en = en;
    this.field = field;
  }
}

function pathText(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
}

/**
 * Validates a parsed JSON value as the claim info. The error is one line naming the source, the field
 * (key and Chinese label) and what is wrong: 'INFO.json: bankAccount（银行帐号）：…'.
 */
export function parseClaimInfo(json: unknown, source: string): ClaimInfo {
  const r = ClaimInfoSchema.safeParse(json);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const field = pathText(issue.path);
  const top = issue.path[0];
  const label = typeof top === 'string' && top in INFO_LABELS ? INFO_LABELS[top as InfoField] : '';
  const more = r.error.issues.length > 1 ? r.error.issues.length - 1 : 0;
  let msg = issue.message;
  if (issue.code === 'unrecognized_keys') msg = `未知字段 / unknown field(s): ${(issue as { keys?: string[] }).keys?.join(', ')}`;
  else if (issue.code === 'invalid_type' && /undefined/.test(issue.message)) msg = '必填 / required';
  const [zh, en] = msg.includes(' / ') ? msg.split(' / ') : [msg, msg];
  const name = field || '(root)';
  throw new ClaimInfoError(
    `${source}：申报信息字段 ${name}${label ? `（${label}）` : ''}：${zh}${more ? `（另有 ${more} 处问题）` : ''}`,
    `${source}: claim info field ${name}: ${en}${more ? ` (and ${more} more)` : ''}`,
    field,
  );
}
