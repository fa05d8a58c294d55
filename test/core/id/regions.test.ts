import { isKnownRegion, isProvince, regionStatus } from '../../../src/core/id';

describe('regions', () => {
  it('accepts the province prefixes of GB/T 2260 only', () => {
    for (const p of [11, 15, 21, 23, 31, 37, 41, 46, 50, 54, 61, 65]) expect(isProvince(p)).toBe(true);
    for (const p of [10, 16, 20, 24, 30, 38, 40, 47, 49, 55, 60, 66, 71, 81, 82, 83, 91, 0])
      expect(isProvince(p)).toBe(false);
  });

  it('knows current counties, prefectures and provinces', () => {
    expect(regionStatus(410102)).toBe('ok'); // 中原区
    expect(regionStatus(410100)).toBe('ok'); // 郑州市
    expect(regionStatus(410000)).toBe('ok'); // 河南省
    expect(isKnownRegion(110101)).toBe(true);
  });

  it('calls an unknown county under a known province county-unknown', () => {
    expect(regionStatus(419999)).toBe('county-unknown');
  });

  it('rejects unknown provinces, Taiwan as 71, and permit codes other than 810000/820000/830000', () => {
    expect(regionStatus(710000)).toBe('province-unknown');
    expect(regionStatus(991234)).toBe('province-unknown');
    expect(regionStatus(810000)).toBe('ok');
    expect(regionStatus(820000)).toBe('ok');
    expect(regionStatus(830000)).toBe('ok');
    expect(regionStatus(810101)).toBe('permit-code');
  });
});
