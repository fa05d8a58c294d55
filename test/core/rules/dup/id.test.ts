import { dupId } from '../../../../src/core/rules/dup/id';
import { colOf, makeTrainee } from '../../../helpers/factory';
import { codes, messageOf, run, withCheck } from '../id/helpers';

describe('dup.id', () => {
  it('flags every occurrence with the other rows as related', () => {
    const f = run(
      [
        makeTrainee({ row: 5, id: '410102199003071230' }),
        makeTrainee({ row: 6, id: withCheck('41010219900307125') }),
        makeTrainee({ row: 9, id: '410102199003071230' }),
        makeTrainee({ row: 12, id: '410102199003071230' }),
      ],
      {},
      [dupId],
    );
    expect(f.map((x) => x.row)).toEqual([5, 9, 12]);
    expect(f[0]).toMatchObject({ code: 'dup.id', severity: 'error', col: colOf('id'), related: [9, 12] });
    expect(f[1].related).toEqual([5, 12]);
    expect(f[2].related).toEqual([5, 9]);
    expect(messageOf(f[0])).toBe('身份证号码 410102199003071230 与第 9、12 行重复');
    expect(messageOf(f[0], 'en-US')).toContain('row 9, 12');
  });

  it('says when the names differ', () => {
    const f = run(
      [
        makeTrainee({ row: 5, id: '410102199003071230', name: '张三' }),
        makeTrainee({ row: 7, id: '410102199003071230', name: '李四' }),
      ],
      {},
      [dupId],
    );
    expect(messageOf(f[0])).toContain('且姓名不同（张三、李四）');
    expect(messageOf(f[1])).toContain('且姓名不同（李四、张三）');
  });

  it('matches a 15-digit number with its 18-digit form', () => {
    const f = run([
      makeTrainee({ row: 5, id: '610104620927690', gender: '女' }),
      makeTrainee({ row: 6, id: '610104196209276908', gender: '女' }),
    ]);
    expect(codes(f)).toEqual(['dup.id', 'dup.id', 'id.legacy-15']);
    expect(f.filter((x) => x.code === 'dup.id').map((x) => x.related)).toEqual([[6], [5]]);
  });

  it('matches a full-width or lowercase-x copy of the same ID', () => {
    const f = run(
      [
        makeTrainee({ row: 5, id: '11010519491231002X' }),
        makeTrainee({ row: 6, id: '１１０１０５１９４９１２３１００２ｘ' }),
      ],
      {},
      [dupId],
    );
    expect(f).toHaveLength(2);
  });

  it('ignores empty, damaged and malformed IDs', () => {
    const f = run(
      [
        makeTrainee({ id: null }),
        makeTrainee({ id: null }),
        makeTrainee({ id: 410102199003071230 }),
        makeTrainee({ id: 410102199003071230 }),
        makeTrainee({ id: '4101' }),
        makeTrainee({ id: '4101' }),
      ],
      {},
      [dupId],
    );
    expect(f).toEqual([]);
  });

  it('raises nothing when every ID is different', () => {
    const ts = Array.from({ length: 50 }, (_, i) =>
      makeTrainee({ id: withCheck('410102199003071' + String(i).padStart(2, '0')) }),
    );
    expect(run(ts, {}, [dupId])).toEqual([]);
  });

  it('keeps related lists bounded and the message truthful for large groups', () => {
    const ts = Array.from({ length: 150 }, (_, i) => makeTrainee({ row: 10 + i, id: '410102199003071230' }));
    const f = run(ts, {}, [dupId]);
    expect(f).toHaveLength(150);
    expect(f[0].related).toHaveLength(100);
    expect(messageOf(f[0])).toContain('等 149 行');
  });
});
