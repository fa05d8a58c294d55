// Amounts in Chinese financial capitals (大写金额), from integer fen.
// Convention (中国人民银行《支付结算办法》附一): every digit written in capitals, a leading 1 before 拾 is
// written (壹拾), runs of zeros inside the integer part collapse to one 零, 整 follows 元 or 角 when there
// are no 分, and 零 is written between 元 and 分 when 角 is zero (壹拾元零伍分).

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const UNITS = ['', '拾', '佰', '仟'];
const SECTIONS = ['', '万', '亿', '万亿'];

/** 1..9999 in capitals, without leading zeros; zeros between digits become one 零, trailing zeros vanish. */
function groupCapital(g: number): string {
  let s = '';
  let pendingZero = false;
  let started = false;
  for (let pos = 3; pos >= 0; pos--) {
    const d = Math.floor(g / 10 ** pos) % 10;
    if (d === 0) {
      if (started) pendingZero = true;
      continue;
    }
    if (pendingZero) s += '零';
    pendingZero = false;
    s += DIGITS[d] + UNITS[pos];
    started = true;
  }
  return s;
}

/** A positive integer number of yuan in capitals, without 元. */
function integerCapital(n: number): string {
  const groups: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 10000)) groups.push(rest % 10000);
  if (groups.length > SECTIONS.length) throw new RangeError(`amount too large for capitals: ${n} yuan`);
  let out = '';
  let skipped = false;
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i];
    if (g === 0) {
      if (out) skipped = true;
      continue;
    }
    if (out && (g < 1000 || skipped)) out += '零';
    out += groupCapital(g) + SECTIONS[i];
    skipped = false;
  }
  return out;
}

/**
 * An amount of integer fen in capitals with the 人民币 prefix:
 * 1230000 → 人民币壹万贰仟叁佰元整, 1005 → 人民币壹拾元零伍分, 10 → 人民币壹角整, 0 → 人民币零元整.
 * Throws a RangeError for negative, fractional or unsafe amounts.
 */
export function fenToCapital(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new RangeError(`not a non-negative integer amount of fen: ${fen}`);
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const f = fen % 10;
  let s = '人民币';
  if (yuan > 0) s += integerCapital(yuan) + '元';
  if (jiao === 0 && f === 0) return s + (yuan > 0 ? '整' : '零元整');
  if (jiao > 0) s += DIGITS[jiao] + '角';
  else if (yuan > 0) s += '零';
  return s + (f > 0 ? DIGITS[f] + '分' : '整');
}
