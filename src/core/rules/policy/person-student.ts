// person.student: 人员类别 says the trainee is an in-school student. 郑技领办〔2021〕6号 (seed 002):
// 职业院校或培训机构不得对职业院校在校生开展在读专业的补贴性技能培训 — a warning, because training
// outside the student's own major may still be subsidised: the reviewer checks the major.
import { text } from '../../i18n';
import type { Finding } from '../../types';
import { findingAt, type Rule } from '../rule';

/** the policy text the message quotes */
const DOC = '郑技领办〔2021〕6号';

type P = { value: string; doc: string };

export const personStudent: Rule<P> = {
  code: 'person.student',
  severity: 'warning',
  title: { 'zh-CN': '在校生参加补贴培训', 'en-US': 'In-school student' },
  message(p, locale) {
    return text(locale, {
      zh:
        `人员类别为“${p.value}”：职业院校或培训机构不得对职业院校在校生开展在读专业的补贴性技能培训` +
        '（${p.doc}），请核实所培训职业（工种）不是其在读专业',
      en:
        `Trainee type "${p.value}": institutions may not train in-school students in their current major with the ` +
        "subsidy (${p.doc}); check that the occupation is not the student's major",
    });
  },
  examples: [{ value: '在校生', doc: DOC }],
  run(ctx) {
    const words = ctx.policy.studentWords;
    if (!words.length) return [];
    const { codes, texts } = ctx.facts.columns.texts('personType');
    // each distinct 人员类别 judged once; 非在校生 / 非学生 say the opposite
    const student = texts.map((v) => v !== '' && words.some((w) => v.includes(w)) && !/非(在校)?学?生/.test(v));
    const out: Finding<P>[] = [];
    ctx.trainees.forEach((t, i) => {
      const c = codes[i];
      if (student[c]) out.push(findingAt(personStudent, t, 'personType', { value: texts[c], doc: DOC }));
    });
    return out;
  },
};
