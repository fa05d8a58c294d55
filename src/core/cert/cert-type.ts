// Certificate types as clerks write them, normalised to the five types that earn a subsidy.
import type { CertType } from '../types';

const STRIP = /[\s\p{Cf}]+/gu;
const MAX_CACHE = 10000;
const cache = new Map<string, CertType | null>();

/** Texts that name a document that is not a subsidy certificate, whatever else they say. */
const NOT_A_CERT = /结业|学习证明|培训证明|听课证|参训证明/;

/**
 * Keyword rules, in order: the first that matches wins. 技能等级 comes before 资格 so that
 * "职业技能等级证书" is not read as a qualification; 合格证 comes last.
 */
const RULES: Array<[RegExp, CertType]> = [
  [/特种作业|特种操作|特种证|特殊工种/, '特种作业操作证书'],
  [/专项/, '专项职业能力证书'],
  [/技能等级|等级认定|等级证/, '职业技能等级证书'],
  [/职业资格|资格证|技能鉴定证/, '国家职业资格证书'],
  [/合格证/, '培训合格证'],
];

function classify(raw: string): CertType | null {
  const s = raw.normalize('NFKC').replace(STRIP, '');
  if (!s || NOT_A_CERT.test(s)) return null;
  for (const [re, type] of RULES) if (re.test(s)) return type;
  return null;
}

/**
 * The certificate type a cell names: 职业资格证 → 国家职业资格证书, 技能等级证 / 等级证书 /
 * 职业技能等级认定证书 → 职业技能等级证书, 专项能力证 → 专项职业能力证书, 特种作业证 → 特种作业操作证书,
 * 合格证 / 培训合格证书 / 创业培训合格证 → 培训合格证. null for empty text and for documents that earn
 * no subsidy (结业证, 学习证明 …). Memoized per distinct string.
 */
export function normalizeCertType(raw: string): CertType | null {
  const hit = cache.get(raw);
  if (hit !== undefined) return hit;
  const v = classify(raw);
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(raw, v);
  return v;
}

/** Whether the type is awarded in skill levels (五级 … 一级). */
export function certHasLevel(t: CertType): boolean {
  return t === '国家职业资格证书' || t === '职业技能等级证书';
}

/** Short English names for messages. */
export const CERT_TYPE_EN: Record<CertType, string> = {
  国家职业资格证书: 'vocational qualification certificate',
  职业技能等级证书: 'skill level certificate',
  专项职业能力证书: 'special vocational ability certificate',
  特种作业操作证书: 'special operations certificate',
  培训合格证: 'training completion certificate',
};
