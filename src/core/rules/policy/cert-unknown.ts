// cert.unknown: the certificate is not one of the five types that earn a subsidy.
import { text } from '../../i18n';
import type { Finding } from '../../types';
import { findingAt, type Rule } from '../rule';

type P = { value: string };

export const certUnknown: Rule<P> = {
  code: 'cert.unknown',
  severity: 'error',
  title: { 'zh-CN': '证书类型不符合补贴条件', 'en-US': 'Certificate type not eligible' },
  message(p, locale) {
    return text(locale, {
      zh:
        `证书类型“${p.value}”不是可享受补贴的证书` +
        '（应为国家职业资格证书、职业技能等级证书、专项职业能力证书、特种作业操作证书或培训合格证）',
      en:
        `Certificate "${p.value}" does not earn a subsidy: it must be a vocational qualification, skill level, ` +
        'special vocational ability, special operations or training completion certificate',
    });
  },
  examples: [{ value: '结业证' }],
  run(ctx) {
    const rows = ctx.facts.policyRows;
    const out: Finding<P>[] = [];
    const { codes, texts } = ctx.facts.columns.texts('certType');
    ctx.trainees.forEach((t, i) => {
      if (texts[codes[i]] && !rows[i].cert) out.push(findingAt(certUnknown, t, 'certType', { value: t.certType }));
    });
    return out;
  },
};
