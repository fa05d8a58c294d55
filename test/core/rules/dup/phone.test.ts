import { dupPhone, phoneDigits } from '../../../../src/core/rules/dup/phone';
import { colOf, makeTrainee } from '../../../helpers/factory';
import { messageOf, run, withCheck } from '../id/helpers';

const id = (n: number) => withCheck('410102199003071' + String(n).padStart(2, '0'));

describe('phoneDigits', () => {
  it('keeps digits only, full-width included, and drops +86', () => {
    expect(phoneDigits('138-0000-1234')).toBe('13800001234');
    expect(phoneDigits('１３８ ００００ １２３４')).toBe('13800001234');
    expect(phoneDigits('+86 138 0000 1234')).toBe('13800001234');
    expect(phoneDigits('0371-6512 3456')).toBe('037165123456');
    expect(phoneDigits('无')).toBe('');
    expect(phoneDigits('0')).toBe('');
  });
});

describe('dup.phone', () => {
  it('flags a number shared by 3 different trainees, each row with the others related', () => {
    const f = run(
      [
        makeTrainee({ row: 5, id: id(1), phone: '13800001234' }),
        makeTrainee({ row: 6, id: id(2), phone: '138 0000 1234' }),
        makeTrainee({ row: 8, id: id(3), phone: '+86-138-0000-1234' }),
        makeTrainee({ row: 9, id: id(4), phone: '13900001234' }),
      ],
      {},
      [dupPhone],
    );
    expect(f.map((x) => x.row)).toEqual([5, 6, 8]);
    expect(f[0]).toMatchObject({ code: 'dup.phone', severity: 'warning', col: colOf('phone'), related: [6, 8] });
    expect(messageOf(f[0])).toBe('联系电话 13800001234 被 3 名不同人员共用（另见第 6、8 行），请核实');
  });

  it('does not flag 2 people sharing a number', () => {
    const f = run(
      [makeTrainee({ id: id(1), phone: '13800001234' }), makeTrainee({ id: id(2), phone: '13800001234' })],
      {},
      [dupPhone],
    );
    expect(f).toEqual([]);
  });

  it('counts the same person (same ID key, 15 or 18) once', () => {
    const f = run(
      [
        makeTrainee({ id: '610104620927690', phone: '13800001234' }),
        makeTrainee({ id: '610104196209276908', phone: '13800001234' }),
        makeTrainee({ id: id(3), phone: '13800001234' }),
      ],
      {},
      [dupPhone],
    );
    expect(f).toEqual([]);
  });

  it('tells people apart by name when IDs are unusable', () => {
    const three = run(
      [
        makeTrainee({ id: null, name: '甲', phone: '13800001234' }),
        makeTrainee({ id: 410102199003071230, name: '乙', phone: '13800001234' }),
        makeTrainee({ id: '4101', name: '丙', phone: '13800001234' }),
      ],
      {},
      [dupPhone],
    );
    expect(three).toHaveLength(3);
    const sameName = run(
      [
        makeTrainee({ id: null, name: '甲', phone: '13800001234' }),
        makeTrainee({ id: null, name: '甲', phone: '13800001234' }),
        makeTrainee({ id: id(1), name: '甲', phone: '13800001234' }),
      ],
      {},
      [dupPhone],
    );
    expect(sameName).toEqual([]);
  });

  it('ignores empty and placeholder phones', () => {
    const ts = Array.from({ length: 5 }, (_, i) => makeTrainee({ id: id(i), phone: i % 2 ? '' : '无' }));
    expect(run(ts, {}, [dupPhone])).toEqual([]);
  });
});
