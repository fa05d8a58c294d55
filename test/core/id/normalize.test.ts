import {
  lookalikeOf,
  normalizeId,
  NORM_FULLWIDTH,
  NORM_INVISIBLE,
  NORM_LOWER_X,
  NORM_SPACE,
} from '../../../src/core/id';

describe('normalizeId', () => {
  it('leaves a clean ID alone', () => {
    expect(normalizeId('11010519491231002X')).toEqual({ value: '11010519491231002X', changed: false, flags: 0 });
  });

  it('uppercases a lowercase x', () => {
    expect(normalizeId('11010519491231002x')).toEqual({
      value: '11010519491231002X',
      changed: true,
      flags: NORM_LOWER_X,
    });
  });

  it('turns full-width digits and Ｘ into ASCII', () => {
    const r = normalizeId('１１０１０５１９４９１２３１００２Ｘ');
    expect(r.value).toBe('11010519491231002X');
    expect(r.changed).toBe(true);
    expect(r.flags).toBe(NORM_FULLWIDTH);
  });

  it('strips NBSP, ideographic space, zero-width space, BOM and bidi marks', () => {
    const r = normalizeId('\uFEFF 110105\u00A01949\u30001231\u200B002\u200Ex\u202C ');
    expect(r.value).toBe('11010519491231002X');
    expect(r.flags & NORM_SPACE).toBeTruthy();
    expect(r.flags & NORM_INVISIBLE).toBeTruthy();
    expect(r.flags & NORM_LOWER_X).toBeTruthy();
  });

  it('does not fix look-alikes', () => {
    expect(normalizeId('11010519491231002×').value).toBe('11010519491231002×');
    expect(normalizeId('11010519491231002\u0425').value).toBe('11010519491231002\u0425');
    expect(lookalikeOf('×')).toBe('X');
    expect(lookalikeOf('\u0425')).toBe('X');
    expect(lookalikeOf('O')).toBe('0');
    expect(lookalikeOf('5')).toBeUndefined();
  });
});
