// The zod schema of the 申报信息 form (see info.ts). Only info.ts requires this module, on the first
// validation: zod costs ~100 ms and ~9 MB to load, and only the claim papers need it.
import { z } from 'zod';
import { CERT_TYPES, type CalDate } from '../types';
import { isValidDate } from '../values';

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
    phone: z
      .string()
      .trim()
      .regex(/^[0-9+\-()（） ]{7,20}$/, { message: '电话号码格式不对 / not a phone number' }),
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
