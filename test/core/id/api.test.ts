import { idKey, isValidId } from '../../../src/core/id';

describe('isValidId', () => {
  it('accepts valid citizen IDs, permits and foreigners', () => {
    expect(isValidId('410102199003071230')).toBe(true);
    expect(isValidId('11010519491231002X')).toBe(true);
    expect(isValidId('810000199003071237')).toBe(true);
    expect(isValidId('911056199003071233')).toBe(true);
  });

  it('accepts after normalising', () => {
    expect(isValidId('11010519491231002x')).toBe(true);
    expect(isValidId('４１０１０２１９９００３０７１２３０')).toBe(true);
  });

  it('rejects wrong check characters, impossible dates, old years and unknown provinces', () => {
    expect(isValidId('410102199003071231')).toBe(false);
    expect(isValidId('41010219870230123X')).toBe(false);
    expect(isValidId('440524188001010014')).toBe(false);
    expect(isValidId('710000199003071233')).toBe(false);
    expect(isValidId('11010519491231002×')).toBe(false);
    expect(isValidId('')).toBe(false);
  });

  it('accepts an unknown county under a known province', () => {
    expect(isValidId('419999199003071231')).toBe(true);
  });

  it('rejects future birth dates when told today', () => {
    expect(isValidId('410102202501011235')).toBe(true);
    expect(isValidId('410102202501011235', { today: { y: 2024, m: 12, d: 31 } })).toBe(false);
  });

  it('accepts legacy 15-digit numbers only on request', () => {
    expect(isValidId('610104620927690')).toBe(false);
    expect(isValidId('610104620927690', { allow15: true })).toBe(true);
  });
});

describe('idKey', () => {
  it('is the same for a 15-digit number and its 18-digit form', () => {
    expect(idKey('610104620927690')).toBe('610104196209276908');
    expect(idKey('610104196209276908')).toBe('610104196209276908');
  });

  it('is the clean form of a full-width or lowercase ID', () => {
    expect(idKey('11010519491231002x')).toBe('11010519491231002X');
  });

  it('is null for empty, damaged and malformed cells', () => {
    expect(idKey(null)).toBeNull();
    expect(idKey(410102199003071230)).toBeNull();
    expect(idKey('4.10102E+17')).toBeNull();
    expect(idKey('4101')).toBeNull();
  });
});
