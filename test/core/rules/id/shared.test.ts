import { idRules, IDS_MEMO, parsedIds } from '../../../../src/core/rules/id';
import { dupRules } from '../../../../src/core/rules/dup';
import { makeContext, makeTrainee } from '../../../helpers/factory';

describe('one shared ID parse per check', () => {
  it('parses the IDs once for all ID and repeat rules', () => {
    const ctx = makeContext([makeTrainee({ id: '410102199003071230' }), makeTrainee({ id: '610104620927690' })]);
    const memo = ctx.memo.bind(ctx);
    let makes = 0;
    ctx.memo = <T>(key: string, make: () => T): T => memo(key, () => { if (key === IDS_MEMO) makes++; return make(); });
    for (const r of [...idRules, ...dupRules]) r.run(ctx);
    expect(makes).toBe(1);
    expect(parsedIds(ctx).map((p) => p.kind)).toEqual(['citizen', 'legacy15']);
  });

  it('every rule has zh-CN and en-US titles and a stable code', () => {
    for (const r of [...idRules, ...dupRules]) {
      expect(r.code).toMatch(/^(id|dup)\.[a-z0-9-]+$/);
      expect(r.title['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(r.title['en-US']).toMatch(/[A-Za-z]/);
    }
  });
});
