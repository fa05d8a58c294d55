import { classSize } from '../../../../src/core/rules/policy/class-size';
import { hoursBelowMinimum } from '../../../../src/core/rules/policy/hours-below-minimum';
import { colOf, makeContext, makeTrainee, testPolicy } from '../../../helpers/factory';

describe('hours.below-minimum', () => {
  const cert = { certType: '培训合格证', level: '' };

  it('flags fewer than 40 hours for 培训合格证', () => {
    const [f, ...rest] = hoursBelowMinimum.run(
      makeContext([makeTrainee({ ...cert, row: 6, hours: 32 }), makeTrainee({ ...cert, hours: 40 })]),
    );
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      code: 'hours.below-minimum',
      severity: 'error',
      row: 6,
      col: colOf('hours'),
      params: { hours: 32, min: 40 },
    });
    expect(hoursBelowMinimum.message(f.params, 'zh-CN')).toBe('课时32，少于培训合格证要求的40课时');
  });

  it('leaves unreadable hours to value.unreadable (issue 9)', () => {
    const t = makeTrainee({ ...cert, hours: Number.NaN });
    t.cells.hours = { col: colOf('hours'), value: '四十', text: '四十' };
    expect(hoursBelowMinimum.run(makeContext([t]))).toEqual([]);
  });

  it('ignores types without a minimum, empty hours and unknown certificates', () => {
    const ts = [
      makeTrainee({ hours: 8 }),
      makeTrainee({ ...cert, hours: null }),
      makeTrainee({ certType: '结业证', hours: 1 }),
    ];
    expect(hoursBelowMinimum.run(makeContext(ts))).toEqual([]);
  });

  it('follows the policy', () => {
    const policy = testPolicy({ minHours: { 职业技能等级证书: 60 } });
    expect(hoursBelowMinimum.run(makeContext([makeTrainee({ hours: 59 })], { policy }))).toHaveLength(1);
  });
});

describe('class.size', () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => makeTrainee({ row: 10 + i }));

  it('one warning on the first data row when over 80', () => {
    const fs = classSize.run(makeContext(many(81)));
    expect(fs).toEqual([{ code: 'class.size', severity: 'warning', row: 10, col: 0, params: { count: 81, max: 80 } }]);
    expect(classSize.message(fs[0].params, 'zh-CN')).toBe('本花名册共81人，超过每班80人的上限');
  });

  it('clean at exactly the limit', () => {
    expect(classSize.run(makeContext(many(80)))).toEqual([]);
    expect(classSize.run(makeContext([]))).toEqual([]);
  });
});
