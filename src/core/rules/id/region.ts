// id.region: the address code names no province (error), a residence permit's code is not exactly
// 810000/820000/830000 (error), or the county is not in the current list (warning: old IDs keep
// abolished codes).
import type { Finding } from '../../types';
import { findingAt, type Rule } from '../rule';
import { isWellFormed, unusualIds, zhEn } from './shared';

export const idRegion: Rule = {
  code: 'id.region',
  severity: 'error',
  title: { 'zh-CN': '身份证地址码无效', 'en-US': 'Unknown region in ID' },
  message(p, locale) {
    switch (p.reason) {
      case 'county':
        return zhEn(locale,
          `身份证号码“${p.value}”的地址码 ${p.code} 不在现行行政区划代码中（可能是已撤销的旧代码），请核对`,
          `ID number "${p.value}": address code ${p.code} is not a current region code (perhaps an abolished one); please check`);
      case 'permit':
        return zhEn(locale,
          `身份证号码“${p.value}”的地址码 ${p.code} 无效：港澳台居民居住证的地址码应为 ${p.expected}`,
          `ID number "${p.value}": address code ${p.code} is invalid; a HK/Macao/Taiwan residence permit uses ${p.expected}`);
      case 'foreign':
        return zhEn(locale,
          `外国人永久居留身份证号码“${p.value}”第 2–3 位受理地代码 ${p.province} 不是有效的省级代码`,
          `Foreigner's permanent residence ID "${p.value}": the province code ${p.province} (characters 2–3) is not valid`);
      default:
        return zhEn(locale,
          `身份证号码“${p.value}”的地址码 ${p.code} 无效：不存在以 ${p.province} 开头的省级行政区`,
          `ID number "${p.value}": address code ${p.code} is invalid; no province has the code ${p.province}`);
    }
  },
  run(ctx) {
    const out: Finding[] = [];
    for (const i of unusualIds(ctx)) {
      const t = ctx.trainees[i];
      const p = ctx.facts.idAt(i);
      if (!isWellFormed(p) || p.region === 'ok' || p.region === null) continue;
      const code = p.normalized.slice(0, 6);
      const province = p.kind === 'foreign' ? p.normalized.slice(1, 3) : p.normalized.slice(0, 2);
      if (p.region === 'county-unknown') {
        out.push(findingAt(idRegion, t, 'id', { value: p.normalized, code, province, reason: 'county' }, { severity: 'warning' }));
        continue;
      }
      const reason = p.region === 'permit-code' ? 'permit' : p.kind === 'foreign' ? 'foreign' : 'province';
      out.push(findingAt(idRegion, t, 'id', { value: p.normalized, code, province, reason, expected: `${province}0000` }));
    }
    return out;
  },
};
