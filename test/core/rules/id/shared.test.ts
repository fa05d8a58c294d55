import { idRules } from '../../../../src/core/rules/id';
import { dupRules } from '../../../../src/core/rules/dup';
import { makeContext, makeTrainee } from '../../../helpers/factory';

describe('one shared ID parse per check', () => {
  it('parses the IDs once for all ID and repeat rules', () => {
    const ctx = makeContext([makeTrainee({ id: '410102199003071230' }), makeTrainee({ id: '610104620927690' })]);
    const table = ctx.facts.ids;
    const legacy = ctx.facts.idAt(1);
    for (const r of [...idRules, ...dupRules]) r.run(ctx);
    expect(ctx.facts.ids).toBe(table);
    expect(ctx.facts.idAt(1)).toBe(legacy);
    expect(ctx.facts.parsedIds.map((p) => p.kind)).toEqual(['citizen', 'legacy15']);
  });

  it('every rule has zh-CN and en-US titles and a stable code', () => {
    for (const r of [...idRules, ...dupRules]) {
      expect(r.code).toMatch(/^(id|dup)\.[a-z0-9-]+$/);
      expect(r.title['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(r.title['en-US']).toMatch(/[A-Za-z]/);
    }
  });
});
