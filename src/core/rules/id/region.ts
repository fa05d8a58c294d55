// id.region: the address code names no province (error), a residence permit's code is not exactly
// 810000/820000/830000 (error), or the county is not in the current list (warning: old IDs keep
// abolished codes).
import type { Finding } from '../../types';
import { text } from '../../i18n';
import { findingAt, type Rule } from '../rule';
import { isWellFormed, unusualIds } from './shared';

type P = {
  value: string;
  code: string;
  province: string;
  reason: 'county' | 'permit' | 'foreign' | 'province';
  expected?: string;
};

export const idRegion: Rule<P> = {
  code: 'id.region',
  severity: 'error',
  title: { 'zh-CN': '身份证地址码无效', 'en-US': 'Unknown region in ID' },
  message(p, locale) {
    switch (p.reason) {
      case 'county':
        return text(locale, {
          zh: `身份证号码“${p.value}”的地址码 ${p.code} 不在现行行政区划代码中（可能是已撤销的旧代码），请核对`,
          en:
            `ID number "${p.value}": address code ${p.code} is not a current region code (perhaps an abolished one); ` +
            'please check',
        });
      case 'permit':
        return text(locale, {
          zh: `身份证号码“${p.value}”的地址码 ${p.code} 无效：港澳台居民居住证的地址码应为 ${p.expected}`,
          en: `ID number "${p.value}": address code ${p.code} is invalid; a HK/Macao/Taiwan residence permit uses ${p.expected}`,
        });
      case 'foreign':
        return text(locale, {
          zh: `外国人永久居留身份证号码“${p.value}”第 2–3 位受理地代码 ${p.province} 不是有效的省级代码`,
          en: `Foreigner's permanent residence ID "${p.value}": the province code ${p.province} (characters 2–3) is not valid`,
        });
      default:
        return text(locale, {
          zh: `身份证号码“${p.value}”的地址码 ${p.code} 无效：不存在以 ${p.province} 开头的省级行政区`,
          en: `ID number "${p.value}": address code ${p.code} is invalid; no province has the code ${p.province}`,
        });
    }
  },
  examples: [
    { value: '410199199003071234', code: '410199', province: '41', reason: 'county' },
    { value: '810123199003071234', code: '810123', province: '81', reason: 'permit', expected: '810000' },
    { value: '900001199003071234', code: '900001', province: '00', reason: 'foreign', expected: '000000' },
    { value: '990102199003071234', code: '990102', province: '99', reason: 'province', expected: '990000' },
  ],
  run(ctx) {
    const out: Finding<P>[] = [];
    for (const i of unusualIds(ctx)) {
      const t = ctx.trainees[i];
      const p = ctx.facts.idAt(i);
      if (!isWellFormed(p) || p.region === 'ok' || p.region === null) continue;
      const code = p.normalized.slice(0, 6);
      const province = p.kind === 'foreign' ? p.normalized.slice(1, 3) : p.normalized.slice(0, 2);
      if (p.region === 'county-unknown') {
        const params: P = { value: p.normalized, code, province, reason: 'county' };
        out.push(findingAt(idRegion, t, 'id', params, { severity: 'warning' }));
        continue;
      }
      const reason: P['reason'] = p.region === 'permit-code' ? 'permit' : p.kind === 'foreign' ? 'foreign' : 'province';
      out.push(
        findingAt(idRegion, t, 'id', { value: p.normalized, code, province, reason, expected: `${province}0000` }),
      );
    }
    return out;
  },
};
