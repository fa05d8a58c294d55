import { personStudent } from '../../../../src/core/rules/policy/person-student';
import { makeContext, makeTrainee, testPolicy } from '../../../helpers/factory';

const run = (personType: string, policy = testPolicy()) =>
  personStudent.run(makeContext([makeTrainee({ row: 7, personType })], { policy }));

describe('person.student', () => {
  it.each(['在校生', '在校学生', '职业院校在校生', '学生'])('warns on 人员类别 %s, quoting the policy', (v) => {
    const f = run(v);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      code: 'person.student',
      severity: 'warning',
      row: 7,
      field: 'personType',
      params: { value: v },
    });
    expect(personStudent.message(f[0].params, 'zh-CN')).toContain('不得对职业院校在校生开展在读专业的补贴性技能培训');
    expect(personStudent.message(f[0].params, 'en-US')).toContain('in-school students');
  });

  it.each(['', '城镇登记失业人员', '企业职工', '农村转移劳动力', '非在校生', '毕业年度高校毕业生'])(
    'is clean for %s',
    (v) => {
      expect(run(v)).toEqual([]);
    },
  );

  it('uses the policy words (none: off)', () => {
    expect(run('在校生', testPolicy({ studentWords: [] }))).toEqual([]);
    expect(run('学徒', testPolicy({ studentWords: ['学徒'] }))).toHaveLength(1);
  });
});
