import { makeTrainee } from '../../../helpers/factory';
import { codes, messageOf, run, withCheck } from './helpers';

describe('id.birthdate', () => {
  it('flags a date that does not exist (19870230)', () => {
    const f = run([makeTrainee({ id: withCheck('41010219870230123'), gender: '男' })]);
    expect(codes(f)).toEqual(['id.birthdate']);
    expect(messageOf(f[0])).toContain('出生日期 19870230 不是有效日期');
  });

  it('accepts 19000101 and rejects 18991231', () => {
    // no age check: the training dates are absent
    expect(codes(run([makeTrainee({ id: withCheck('41010219000101123'), start: null, end: null })]))).toEqual([]);
    const f = run([makeTrainee({ id: withCheck('41010218991231123'), start: null, end: null })]);
    expect(codes(f)).toEqual(['id.birthdate']);
    expect(messageOf(f[0])).toContain('早于 1900 年');
  });

  it('flags a birth date after today, and raises no age finding for it', () => {
    const id = withCheck('41010220261124123');
    const f = run([makeTrainee({ id, gender: '女' })], { today: { y: 2026, m: 11, d: 23 } });
    expect(codes(f)).toEqual(['id.birthdate']);
    expect(messageOf(f[0])).toContain('晚于今天（2026-11-23）');
    // born today is not in the future
    expect(
      codes(
        run([makeTrainee({ id: withCheck('41010220261123123'), start: null, end: null })], {
          today: { y: 2026, m: 11, d: 23 },
        }),
      ),
    ).toEqual([]);
  });

  it('checks the date of a legacy 15-digit number too', () => {
    const f = run([makeTrainee({ id: '610104870230690' })]);
    expect(codes(f)).toEqual(['id.birthdate', 'id.legacy-15']);
    expect(messageOf(f.find((x) => x.code === 'id.birthdate')!)).toContain('19870230');
  });
});
