// The 申报信息 form: its fields, the draft as typed (kept in the document), and validation with the core's
// zod schema (claimInfoSchema), with one message per field for showing inline.
import {
  type ClaimInfo,
  claimInfoSchema,
  formatDate,
  INFO_LABELS,
  type InfoField,
  type Locale,
  parseDateText,
} from '../../core';

export type InfoKind = 'text' | 'date' | 'number' | 'boolean';

export interface InfoFieldSpec {
  key: Exclude<InfoField, 'examinees'>;
  kind: InfoKind;
  required: boolean;
  /** an input hint (autocomplete / keyboard): 'tel', 'numeric' */
  inputMode?: 'tel' | 'numeric';
}

/** The form's fields in order. 参加考核人数 (examinees) is left to its default, the number certified. */
export const INFO_FIELDS: InfoFieldSpec[] = [
  { key: 'institution', kind: 'text', required: true },
  { key: 'contact', kind: 'text', required: true },
  { key: 'phone', kind: 'text', required: true, inputMode: 'tel' },
  { key: 'bankName', kind: 'text', required: true },
  { key: 'bankAccount', kind: 'text', required: true, inputMode: 'numeric' },
  { key: 'batch', kind: 'text', required: true },
  { key: 'classStart', kind: 'date', required: false },
  { key: 'trainingMode', kind: 'text', required: true },
  { key: 'assessmentDate', kind: 'date', required: true },
  { key: 'noticeStart', kind: 'date', required: true },
  // asked for only where the holiday calendar lacks the notice's year (generate says so on this field)
  { key: 'noticeEnd', kind: 'date', required: false },
  { key: 'noticeSite', kind: 'text', required: false },
  { key: 'noticeContact', kind: 'text', required: false, inputMode: 'tel' },
  { key: 'fundSource', kind: 'text', required: true },
  { key: 'plannedPersons', kind: 'number', required: true, inputMode: 'numeric' },
  { key: 'supervisingDept', kind: 'text', required: true },
  { key: 'hrDept', kind: 'text', required: false },
  { key: 'preparer', kind: 'text', required: false },
  { key: 'reviewer', kind: 'text', required: false },
  { key: 'agreementOnFile', kind: 'boolean', required: false },
  { key: 'remark', kind: 'text', required: false },
];

/** The form as typed: text for every field, a boolean for the checkbox. */
export type InfoDraft = Partial<Record<InfoFieldSpec['key'], string | boolean>>;

export type InfoErrors = Partial<Record<InfoField | 'form', string>>;

const KEYS = new Set<string>(INFO_FIELDS.map((f) => f.key));

/** The draft saved in the document, keeping only known fields of the right type. */
export function draftOf(saved: unknown): InfoDraft {
  const out: InfoDraft = {};
  if (!saved || typeof saved !== 'object') return out;
  for (const [k, v] of Object.entries(saved as Record<string, unknown>)) {
    if (!KEYS.has(k)) continue;
    if (typeof v === 'string' || typeof v === 'boolean') out[k as InfoFieldSpec['key']] = v;
    else if (typeof v === 'number') out[k as InfoFieldSpec['key']] = String(v);
  }
  return out;
}

/** The draft as the claim-info schema's input: empty fields left out (so defaults apply), the count as a number. */
export function infoInput(draft: InfoDraft): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of INFO_FIELDS) {
    const v = draft[f.key];
    if (f.kind === 'boolean') {
      if (typeof v === 'boolean') out[f.key] = v;
      continue;
    }
    const text = typeof v === 'string' ? v.trim() : '';
    if (!text) continue;
    if (f.kind === 'date') {
      // 2021年3月1日 or 2021.3.1 as typed: the schema's YYYY-MM-DD
      const d = parseDateText(text);
      out[f.key] = d ? formatDate(d) : text;
    } else out[f.key] = f.kind === 'number' && /^[0-9]+(\.[0-9]+)?$/.test(text) ? Number(text) : text;
  }
  return out;
}

export interface InfoMessages {
  required: string;
  notNumber: string;
}

/** Validates the draft; every bad field gets its first message, in the pane's language. */
export function validateInfo(
  draft: InfoDraft,
  locale: Locale,
  m: InfoMessages,
): { info?: ClaimInfo; errors: InfoErrors } {
  const r = claimInfoSchema().safeParse(infoInput(draft));
  if (r.success) return { info: r.data, errors: {} };
  const errors: InfoErrors = {};
  for (const issue of r.error.issues) {
    const top = issue.path[0];
    const key = typeof top === 'string' && top in INFO_LABELS ? (top as InfoField) : 'form';
    if (errors[key]) continue;
    const spec = INFO_FIELDS.find((f) => f.key === key);
    const raw = spec ? draft[spec.key] : undefined;
    const empty = raw === undefined || (typeof raw === 'string' && !raw.trim());
    let text = issue.message;
    if (issue.code === 'invalid_type' && empty) text = m.required;
    else if (issue.code === 'invalid_type' && spec?.kind === 'number') text = m.notNumber;
    else if (text.includes(' / ')) text = text.split(' / ')[locale === 'en-US' ? 1 : 0];
    errors[key] = text;
  }
  return { errors };
}
