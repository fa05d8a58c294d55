import { classSize } from '../../../../src/core/rules/policy/class-size';
import { classesOf } from '../../../../src/core/rules/policy/classes';
import { matchHeader } from '../../../../src/core/layout/headers';
import { makeContext, makeTrainee } from '../../../helpers/factory';

const trainees = (n: number, from: number, init: Parameters<typeof makeTrainee>[0]) =>
  Array.from({ length: n }, (_, i) => makeTrainee({ ...init, row: from + i }));

describe('classes on one roster', () => {
  it('开班批次 names a class, not a start date; 开班时间 stays the start', () => {
    expect(matchHeader('开班批次')?.field).toBe('class');
    expect(matchHeader('期数')?.field).toBe('class');
    expect(matchHeader('班级')?.field).toBe('class');
    expect(matchHeader('开班时间')?.field).toBe('start');
  });

  it('groups by the class column: 50 + 81 → one warning naming the second class, on its first row', () => {
    const ts = [...trainees(50, 5, { className: '2021第1期' }), ...trainees(81, 55, { className: '2021第2期' })];
    const fs = classSize.run(makeContext(ts));
    expect(fs).toEqual([
      { code: 'class.size', severity: 'warning', row: 55, col: 0, params: { count: 81, max: 80, label: '2021第2期' } },
    ]);
    expect(classSize.message(fs[0].params, 'zh-CN')).toBe('班级“2021第2期”共81人，超过每班80人的上限');
    expect(classSize.message(fs[0].params, 'en-US')).toBe(
      'Class 2021第2期: 81 trainees, more than the class limit of 80',
    );
  });

  it('without a class column: occupation + certificate + level + period; two classes of 60 are clean', () => {
    const ts = [...trainees(60, 5, { occupation: '电工' }), ...trainees(60, 65, { occupation: '焊工' })];
    expect(classesOf(ts).map((c) => c.members.length)).toEqual([60, 60]);
    expect(classSize.run(makeContext(ts))).toEqual([]);
  });

  it('the same occupation in two periods is two classes', () => {
    const a = trainees(45, 5, { occupation: '电工', start: { y: 2021, m: 3, d: 1 } });
    const b = trainees(45, 50, { occupation: '电工', start: { y: 2021, m: 5, d: 1 } });
    expect(classesOf([...a, ...b])).toHaveLength(2);
    expect(classSize.run(makeContext([...a, ...b]))).toEqual([]);
  });

  it('85 of one composite class among others: the label names occupation, certificate, level and period', () => {
    const ts = [...trainees(85, 5, { occupation: '电工' }), ...trainees(3, 90, { occupation: '焊工' })];
    const fs = classSize.run(makeContext(ts));
    expect(fs).toHaveLength(1);
    expect(fs[0].row).toBe(5);
    expect(String(fs[0].params.label)).toMatch(/^电工\//);
  });
});
