import { checkChar, upgrade15 } from '../../../src/core/id';

describe('checkChar', () => {
  it.each([
    ['41010219900307123', '0'],
    ['61010419620927690', '8'],
    ['11010519491231002', 'X'],
    ['44052418800101001', '4'],
    ['81000019900307123', '7'],
  ])('%s → %s', (first17, expected) => {
    expect(checkChar(first17)).toBe(expected);
  });

  it('uses only the first 17 characters of a full ID', () => {
    expect(checkChar('11010519491231002X')).toBe('X');
  });

  it('returns "" for fewer than 17 digits or a non-digit', () => {
    expect(checkChar('4101021990030712')).toBe('');
    expect(checkChar('4101021990030712A')).toBe('');
  });
});

describe('upgrade15', () => {
  it('inserts 19 after the address code and appends the check character (DOMAIN.md example)', () => {
    expect(upgrade15('610104620927690')).toBe('610104196209276908');
  });

  it('returns null for anything but 15 digits', () => {
    expect(upgrade15('61010462092769')).toBeNull();
    expect(upgrade15('61010462092769X')).toBeNull();
    expect(upgrade15('610104196209276908')).toBeNull();
  });
});
