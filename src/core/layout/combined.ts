// Combined columns: one cell giving a name and a level at once, as 证书名称及等级 (职业技能等级证书（四级/中级工）)
// or 职业（工种）及等级 (美容师（二级）) columns are filled. Split like 培训起止时间 is: the cell stays as
// typed, each field reads its part.
import { normalizeLevel } from '../cert/level';

export interface NameLevel {
  /** the cell without its level: 电工 of 电工（四级） */
  name: string;
  /** the level as written ('' when the cell names none): 四级 */
  level: string;
}

/** The level in brackets at the end: 电工（四级/中级工）, 职业技能等级证书(初级工). */
const BRACKET_TAIL = /^(.+?)\s*[（(]([^（）()]+)[）)]$/;
/** The level glued on: 电工四级, 电工五级（初级工）. */
const GLUED_TAIL = /^(.+?)([一二三四五1-5]级(?:\s*[（(][^（）()]+[）)])?)$/;
/** The level after a separator: 电工 四级, 电工/中级工, 电工-四级/中级工. */
const SEPARATED_TAIL = /^(.+?)\s*(?:\s|[/／、\-—–·])\s*([^\s/／、\-—–·]+(?:[/／][^\s/／、\-—–·]+)?)$/;

const MAX_CACHE = 4096;
const cache = new Map<string, NameLevel>();

function split(text: string): NameLevel {
  for (const re of [GLUED_TAIL, BRACKET_TAIL, SEPARATED_TAIL]) {
    const m = re.exec(text);
    if (m && m[1].trim() && normalizeLevel(m[2]) !== null) return { name: m[1].trim(), level: m[2].trim() };
  }
  return { name: text, level: '' };
}

/**
 * A combined cell's name and level. The level is a tail the level reader recognises (in brackets,
 * glued on as 四级, or after a space or slash); a bracket that is no level stays in the name
 * (焊工（电焊）). Memoized per distinct text; the result is frozen (shared between rows).
 */
export function splitNameLevel(text: string): NameLevel {
  let r = cache.get(text);
  if (r === undefined) {
    r = Object.freeze(split(text.trim()));
    if (cache.size >= MAX_CACHE) cache.clear();
    cache.set(text, r);
  }
  return r;
}
