// Masking for the public notice (公示): names and identity numbers partly hidden (财社〔2023〕181号 第二十八条).

/** Two-character surnames kept whole when masking (欧阳娜娜 → 欧阳*娜). */
const COMPOUND_SURNAMES = new Set([
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '轩辕',
  '令狐',
  '端木',
  '独孤',
  '南宫',
  '西门',
  '万俟',
  '闻人',
  '赫连',
  '澹台',
  '公冶',
  '宗政',
  '濮阳',
  '太史',
  '申屠',
  '钟离',
  '呼延',
  '拓跋',
  '百里',
  '东郭',
  '单于',
  '左丘',
  '第五',
  '司空',
  '仲孙',
  '亓官',
  '司寇',
  '鲜于',
]);

/**
 * A name with its middle hidden: 李四 → 李*, 张三丰 → 张*丰, 欧阳娜 → 欧阳*, 欧阳小明华 → 欧阳**华,
 * 买买提·吐尔逊 → 买*****逊. The surname (one character, or a known two-character one) and, for names of
 * three or more characters, the last character stay visible; at least one character is always hidden.
 */
export function maskName(name: string): string {
  const chars = [...name.normalize('NFKC').replace(/[\s\p{Cf}]+/gu, '')];
  const n = chars.length;
  if (n === 0) return '';
  if (n === 1) return '*';
  if (n === 2) return chars[0] + '*';
  const keepHead = COMPOUND_SURNAMES.has(chars[0] + chars[1]) ? 2 : 1;
  if (keepHead === 2 && n === 3) return chars[0] + chars[1] + '*';
  return chars.slice(0, keepHead).join('') + '*'.repeat(n - keepHead - 1) + chars[n - 1];
}

/**
 * An identity number with the birth date and sequence hidden: the first 6 and last 4 characters stay
 * (410102********123X). Shorter texts keep at most their last 4 characters, and never more than a third.
 */
export function maskId(id: string): string {
  const s = id
    .normalize('NFKC')
    .replace(/[\s\p{Cf}]+/gu, '')
    .toUpperCase();
  const n = s.length;
  if (n >= 15) return s.slice(0, 6) + '*'.repeat(n - 10) + s.slice(n - 4);
  const tail = Math.min(4, Math.floor(n / 3));
  return '*'.repeat(n - tail) + s.slice(n - tail);
}
