import { fenToCapital } from '../../../src/core/money';

describe('fenToCapital', () => {
  const cases: Array<[number, string]> = [
    [0, '人民币零元整'],
    [10, '人民币壹角整'],
    [5, '人民币伍分'],
    [15, '人民币壹角伍分'],
    [100, '人民币壹元整'],
    [1005, '人民币壹拾元零伍分'],
    [1050, '人民币壹拾元伍角整'],
    [1000, '人民币壹拾元整'],
    [1230000, '人民币壹万贰仟叁佰元整'],
    [140902, '人民币壹仟肆佰零玖元零贰分'],
    [1000500, '人民币壹万零伍元整'],
    [100000000, '人民币壹佰万元整'],
    [1000000000, '人民币壹仟万元整'],
    [10000000000, '人民币壹亿元整'],
    [10001000000, '人民币壹亿零壹万元整'],
    [10000000500, '人民币壹亿零伍元整'],
    [11000000000, '人民币壹亿壹仟万元整'],
    [10010000000, '人民币壹亿零壹拾万元整'],
    [10000000, '人民币壹拾万元整'],
    [10700053, '人民币壹拾万柒仟元伍角叁分'],
    [1001001001, '人民币壹仟零壹万零壹拾元零壹分'],
    [3250000, '人民币叁万贰仟伍佰元整'],
    [99999999999999, '人民币玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分'],
    [100000000000000, '人民币壹万亿元整'],
  ];
  test.each(cases)('%d fen → %s', (fen, text) => {
    expect(fenToCapital(fen)).toBe(text);
  });

  test('整 only after 元 or 角, never after 分', () => {
    expect(fenToCapital(1230)).toBe('人民币壹拾贰元叁角整');
    expect(fenToCapital(1234)).toBe('人民币壹拾贰元叁角肆分');
    expect(fenToCapital(1203)).toBe('人民币壹拾贰元零叁分');
  });

  test('rejects negative, fractional and unsafe amounts', () => {
    expect(() => fenToCapital(-1)).toThrow(RangeError);
    expect(() => fenToCapital(1.5)).toThrow(RangeError);
    expect(() => fenToCapital(Number.NaN)).toThrow(RangeError);
    expect(() => fenToCapital(2 ** 60)).toThrow(RangeError);
  });
});
