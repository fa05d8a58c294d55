// cert.level-invalid: a level missing or unreadable where the certificate has levels, or given where it has none.
import { CERT_TYPE_EN } from '../../cert/cert-type';
import type { LevelState } from '../../facts';
import { text } from '../../i18n';
import type { CertType, Finding } from '../../types';
import { findingAt, type Rule } from '../rule';

type P = { certType: CertType; value: string; problem: Exclude<LevelState, 'ok' | 'none'> };

export const certLevelInvalid: Rule<P> = {
  code: 'cert.level-invalid',
  severity: 'error',
  title: { 'zh-CN': '证书等级缺失或无效', 'en-US': 'Certificate level missing or invalid' },
  message(p, locale) {
    const cert = p.certType;
    const en = CERT_TYPE_EN[cert] ?? cert;
    if (p.problem === 'missing') {
      return text(locale, {
        zh: `${cert}须填写等级（五级/初级工 … 一级/高级技师），未填写`,
        en: `The ${en} needs a level (5 junior … 1 senior technician), but none is given`,
      });
    }
    if (p.problem === 'invalid') {
      // the English message names the levels as the roster writes them, in Chinese
      return text(locale, {
        zh: `等级“${p.value}”无法识别（应为五级/初级工、四级/中级工、三级/高级工、二级/技师或一级/高级技师）`,
        en: `Level "${p.value}" is not a skill level (五级/初级工, 四级/中级工, 三级/高级工, 二级/技师, 一级/高级技师)`,
      });
    }
    return text(locale, {
      zh: `${cert}不分等级，但等级填了“${p.value}”`,
      en: `The ${en} has no skill level, but "${p.value}" is given`,
    });
  },
  examples: [
    { certType: '职业技能等级证书', value: '', problem: 'missing' },
    { certType: '职业技能等级证书', value: '六级', problem: 'invalid' },
    { certType: '专项职业能力证书', value: '初级工', problem: 'unexpected' },
  ],
  run(ctx) {
    const rows = ctx.facts.policyRows;
    const out: Finding<P>[] = [];
    ctx.trainees.forEach((t, i) => {
      const r = rows[i];
      if (!r.cert || r.levelState === 'ok' || r.levelState === 'none') return;
      out.push(findingAt(certLevelInvalid, t, 'level', { certType: r.cert, value: t.level, problem: r.levelState }));
    });
    return out;
  },
};
