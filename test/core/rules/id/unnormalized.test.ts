import { makeTrainee } from '../../../helpers/factory';
import { codes, messageOf, run, withCheck } from './helpers';

describe('id.unnormalized', () => {
  it('full-width digits, a lowercase x and a zero-width space raise only id.unnormalized', () => {
    const f = run([
      makeTrainee({ id: '１１０１０５１９４９１２３１００２\u200Bx', gender: '女', start: { y: 2000, m: 1, d: 1 } }),
    ]);
    expect(codes(f)).toEqual(['id.unnormalized']);
    expect(f[0].severity).toBe('warning');
    expect(f[0].params.clean).toBe('11010519491231002X');
    const msg = messageOf(f[0]);
    expect(msg).toContain('全角字符');
    expect(msg).toContain('不可见字符');
    expect(msg).toContain('小写 x');
    expect(msg).toContain('应为 11010519491231002X');
  });

  it('names spaces (NBSP, ideographic space)', () => {
    const f = run([makeTrainee({ id: ' 410102\u00A0199003071230\u3000' })]);
    expect(codes(f)).toEqual(['id.unnormalized']);
    expect(messageOf(f[0])).toContain('空格');
  });

  it('is not raised next to an error on the same ID (checksum, region, birth date)', () => {
    expect(codes(run([makeTrainee({ id: '４１０１０２１９９００３０７１２３１' })]))).toEqual(['id.checksum']);
    expect(codes(run([makeTrainee({ id: ' ' + withCheck('71000019900307123') })]))).toEqual(['id.region']);
    expect(codes(run([makeTrainee({ id: ' ' + withCheck('41010219870230123') })]))).toEqual(['id.birthdate']);
  });

  it('is not raised next to an age error on the same cell', () => {
    const f = run([makeTrainee({ id: ' 410102199003071230', start: { y: 2005, m: 1, d: 1 } })]);
    expect(codes(f)).toEqual(['id.age']);
  });

  it('is not raised for clean IDs', () => {
    expect(
      codes(
        run([
          makeTrainee({ id: '410102199003071230' }),
          makeTrainee({ id: '11010519491231002X', start: null, end: null }),
        ]),
      ),
    ).toEqual([]);
  });
});
