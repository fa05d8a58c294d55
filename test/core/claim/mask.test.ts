import { maskId, maskName } from '../../../src/core/claim/mask';

describe('maskName', () => {
  test.each([
    ['李四', '李*'],
    ['张三丰', '张*丰'],
    ['王小二丫', '王**丫'],
    ['欧阳娜', '欧阳*'],
    ['欧阳娜娜', '欧阳*娜'],
    ['欧阳小明华', '欧阳**华'],
    ['买买提·吐尔逊', '买*****逊'],
    [' 张 三 ', '张*'],
    ['明', '*'],
    ['', ''],
  ])('%s → %s', (name, masked) => expect(maskName(name)).toBe(masked));
  test('always hides at least one character', () => {
    for (const n of ['李四', '张三丰', '欧阳娜', '欧阳', 'AB']) expect(maskName(n)).not.toBe(n);
  });
});

describe('maskId', () => {
  test.each([
    ['410102199003071230', '410102********1230'],
    ['11010519491231002x', '110105********002X'],
    ['４１０１０２１９９００３０７１２３Ｘ', '410102********123X'],
    ['610104620927690', '610104*****7690'],
    ['12345', '****5'],
    ['', ''],
  ])('%s → %s', (id, masked) => expect(maskId(id)).toBe(masked));
});
