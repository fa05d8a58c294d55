// The zod schema of a policy profile (see schema.ts). Amounts are written in yuan in the JSON (as a clerk
// reads them in the policy document) and held in integer fen once parsed. Only schema.ts requires this
// module, on the first parse: zod costs ~100 ms and ~9 MB to load, and a start with a built-in profile
// parses nothing (profiles.ts).
import { z } from 'zod';
import { CERT_TYPES } from '../types';

const certType = z.enum(CERT_TYPES as unknown as [string, ...string[]]);
const level = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);
const category = z.enum(['A', 'B', 'C']);

/** the bounds of a policy amount (per person, in yuan) and of an uplift (percent), named in the errors */
export const MAX_YUAN_EXCLUSIVE = 1_000_000;
export const MAX_UPLIFT_PERCENT = 100;

/** yuan with at most two decimals, converted to integer fen; under 1,000,000 yuan per person */
const yuan = z
  .number({ message: '金额应为数字（元） (an amount in yuan)' })
  .nonnegative({ message: '金额不能为负数 (must not be negative)' })
  .lt(MAX_YUAN_EXCLUSIVE, { message: '每人金额应低于 1,000,000 元 (must be below 1,000,000 yuan per person)' })
  .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, {
    message: '金额最多两位小数，精确到分 (at most two decimals: whole fen)',
  })
  .transform((v) => Math.round(v * 100));

const percent = z
  .number({ message: '上浮比例应为数字（%） (a percentage)' })
  .min(0, { message: '上浮比例应在 0–100% 之间 (must be 0–100 %)' })
  .max(MAX_UPLIFT_PERCENT, { message: '上浮比例应在 0–100% 之间 (must be 0–100 %)' });

const amount = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fixed'), yuan }).strict(),
  z
    .object({ kind: z.literal('range'), min: yuan, max: yuan })
    .strict()
    .refine((r) => r.min <= r.max, { message: 'min must not exceed max' }),
  z.object({ kind: z.literal('perMonth'), yuan }).strict(),
]);

const rate = z
  .object({
    certType,
    /** the skill level this rate is for; omit for certificate types without levels */
    level: level.optional(),
    /** a rate for one occupation category only (tables by category, e.g. Ningxia); no uplift is added then */
    category: category.optional(),
    /** a rate for one kind of trainee or training only (e.g. 脱产, 新招用岗前); matched against 人员类别/备注 */
    personType: z.string().min(1).optional(),
    amount,
    /** false to never add the category uplift to this rate */
    uplift: z.boolean().optional(),
    /**
     * an earlier amount this rate replaced (e.g. 培训合格证 700 → 1000 in Zhengzhou 2020); a claim at
     * the former amount is called out as the old rate in the message
     */
    formerYuan: yuan.optional(),
    note: z.string().optional(),
  })
  .strict();

const years = z.number().int().min(0).max(100);
const ageRange = z
  .object({
    min: years,
    max: years,
    /** upper limit for women when it differs (the ID tells sex, not which retirement group) */
    maxFemale: years.optional(),
  })
  .strict()
  .refine((a) => a.min <= a.max, { message: 'min must not exceed max' });

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'a date as YYYY-MM-DD' });

export const PolicySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'lowercase letters, digits and dashes' }),
    name: z.string().min(1),
    region: z.string().min(1),
    /** the policy documents this profile is built from */
    sources: z.array(z.string()).default([]),
    /** free remarks for readers of the profile (what is left out, how personType matches …) */
    notes: z.array(z.string()).optional(),
    effective: z.object({ from: isoDate, to: isoDate.optional() }).strict().optional(),
    /**
     * Working age (法定劳动年龄): "statutory" (16 up to the statutory retirement age by sex and birth month,
     * src/core/policy/retirement.ts) or a fixed range in full years. Default "statutory".
     */
    workingAge: z
      .union([
        z.literal('statutory'),
        ageRange,
        // the loaded form, so a parsed profile saved as JSON (the pane keeps it in the document) loads again
        z
          .object({ kind: z.literal('statutory'), min: z.literal(16) })
          .strict()
          .transform(() => 'statutory' as const),
        z
          .object({ kind: z.literal('range'), min: years, max: years, maxFemale: years.optional() })
          .strict()
          .transform((r) => ({
            min: r.min,
            max: r.max,
            ...(r.maxFemale === undefined ? {} : { maxFemale: r.maxFemale }),
          })),
      ])
      .optional(),
    /** the former spelling of a fixed workingAge range; kept so older profiles still load */
    age: ageRange.optional(),
    /** 人员类别 words that mark an in-school student (person.student) */
    studentWords: z.array(z.string().min(1)).default(['在校生', '在校学生', '学生']),
    classSizeMax: z.number().int().positive().default(80),
    /** minimum class hours by certificate type */
    minHours: z.partialRecord(certType, z.number().nonnegative()).default({}),
    /** percentage uplift by occupation category, and the certificate types it applies to */
    uplift: z
      .object({
        percent: z.object({ A: percent, B: percent, C: percent }).partial().strict(),
        appliesTo: z.array(certType),
      })
      .strict()
      .default({ percent: {}, appliesTo: [] }),
    rates: z.array(rate),
    /** repeat-claim limits (ledger checks) */
    limits: z
      .object({
        perYear: z.number().int().positive().optional(),
        lifetime: z.number().int().positive().optional(),
        sameOccupationLevel: z.boolean().default(true),
        /** ledger.lower-level: a lower level of an occupation once a higher one was paid is an error */
        lowerLevelAfterHigher: z.boolean().default(false),
      })
      .strict()
      .default({ sameOccupationLevel: true, lowerLevelAfterHigher: false }),
    /** working days of public notice (公示) */
    noticeWorkingDays: z.number().int().positive().default(3),
  })
  .strict()
  .transform(({ age, workingAge, ...rest }) => ({ ...rest, workingAge: resolveWorkingAge(workingAge, age) }));

type AgeRange = z.output<typeof ageRange>;
/** The working-age setting once loaded: the statutory schedule, or a fixed range in full years. */
export type WorkingAge = { kind: 'statutory'; min: number } | ({ kind: 'range' } & AgeRange);

function resolveWorkingAge(w: 'statutory' | AgeRange | undefined, legacy: AgeRange | undefined): WorkingAge {
  const range = w === undefined ? legacy : w === 'statutory' ? undefined : w;
  return range ? { kind: 'range', ...range } : { kind: 'statutory', min: 16 };
}
