// cert.level-invalid: a level missing or unreadable where the certificate has levels, or given where it has none.
import { CERT_TYPE_EN } from '../../cert/cert-type';
import { findingAt, type Rule } from '../rule';
import type { CertType, Finding } from '../../types';

export const certLevelInvalid: Rule = {
  code: 'cert.level-invalid',
  severity: 'error',
  title: { 'zh-CN': '证书等级缺失或无效', 'en-US': 'Certificate level missing or invalid' },
  message(p, locale) {
    const cert = String(p.certType);
    const en = CERT_TYPE_EN[cert as CertType] ?? cert;
    if (locale === 'en-US') {
      if (p.problem === 'missing') return `The ${en} needs a level (5 junior … 1 senior technician), but none is given`;
      if (p.problem === 'invalid') return `Level "${p.value}" is not a skill level (五级/初级工, 四级/中级工, 三级/高级工, 二级/技师, 一级/高级技师)`;
      return `The ${en} has no skill level, but "${p.value}" is given`;
    }
    if (p.problem === 'missing') return `${cert}须填写等级（五级/初级工 … 一级/高级技师），未填写`;
    if (p.problem === 'invalid') return `等级“${p.value}”无法识别（应为五级/初级工、四级/中级工、三级/高级工、二级/技师或一级/高级技师）`;
    return `${cert}不分等级，但等级填了“${p.value}”`;
  },
  run(ctx) {
    const rows = ctx.facts.policyRows;
    const out: Finding[] = [];
    ctx.trainees.forEach((t, i) => {
      const r = rows[i];
      if (!r.cert || r.levelState === 'ok' || r.levelState === 'none') return;
      out.push(findingAt(certLevelInvalid, t, 'level', { certType: r.cert, value: t.level, problem: r.levelState }));
    });
    return out;
  },
};
