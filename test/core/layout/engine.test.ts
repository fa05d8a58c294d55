import { checkGrid } from '../../../src/core/engine';
import { testCatalog, testPolicy } from '../../helpers/factory';
import { zhengzhouRoster } from './grids';

describe('the engine over a detected roster', () => {
  it('runs every rule over the trainees read from a real-looking sheet', () => {
    const r = checkGrid(zhengzhouRoster(), {
      policy: testPolicy(),
      catalog: testCatalog(),
      today: { y: 2021, m: 4, d: 1 },
    });
    expect(r.trainees).toHaveLength(4);
    expect(r.layout.missing).toEqual([]);
    // 合计 5600 equals 1800 + 1800 + 1000 + 1000
    expect(r.byRule['total.mismatch']).toBeUndefined();
    expect(r.byRule['field.missing']).toBeUndefined();
    expect(r.findings.every((f) => typeof f.message === 'string' && f.message.length > 0)).toBe(true);
  });
});
