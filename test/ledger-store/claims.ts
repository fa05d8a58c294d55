// Eight claim rosters with overlapping people, for the concurrency tests of every ledger backend:
// - C1, C2 are in all eight claims, each time another occupation, two claims a year (March and
//   September): no rule is broken however the claims interleave;
// - P is in claims 0-4, five occupations in 2025, one period each: only three may be paid that year,
//   so exactly two of those five claims must be refused, whichever order they commit in;
// - each claim has three people of its own.
import * as path from 'path';
import ExcelJS from 'exceljs';
import { makePeople, OCCUPATIONS, zhengzhouAmount, type Person } from '../fixtures/people';
import { SAMPLE_HEADERS, styleHeader, writePerson } from '../fixtures/sample';

export const CLAIMS = 8;
export const CONTENDED = [0, 1, 2, 3, 4];
/** "today" for the adds: every training is over */
export const TODAY = '2026-06-30';

function as(p: Person, i: number, y: number, m: number): Person {
  const occ = OCCUPATIONS[i % OCCUPATIONS.length];
  return {
    ...p,
    occupation: occ.name,
    category: occ.category,
    certType: '职业技能等级证书',
    level: '初级工',
    amount: zhengzhouAmount('职业技能等级证书', '初级工', occ.category),
    start: [y, m, 1],
    end: [y, m, 15],
    hours: 80,
  };
}

export interface ClaimFile {
  file: string;
  people: Person[];
}

export async function writeClaims(dir: string): Promise<ClaimFile[]> {
  const all = makePeople(3 + CLAIMS * 3, 1313);
  const [c1, c2, p] = all;
  const out: ClaimFile[] = [];
  for (let i = 0; i < CLAIMS; i++) {
    const people = [as(c1, i, 2021 + (i % 4), i < 4 ? 3 : 9), as(c2, i + 3, 2021 + (i % 4), i < 4 ? 3 : 9)];
    if (CONTENDED.includes(i)) people.push(as(p, i + 5, 2025, 1 + 2 * i));
    people.push(...all.slice(3 + i * 3, 6 + i * 3));
    const file = path.join(dir, `claim-${i}.xlsx`);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('花名册');
    ws.getCell('A1').value = '职业技能培训补贴人员花名册';
    ws.getCell('A2').value = `培训机构：第${i}培训学校`;
    styleHeader(ws, 3, SAMPLE_HEADERS);
    people.forEach((x, k) => writePerson(ws, 4 + k, k + 1, x));
    await wb.xlsx.writeFile(file);
    out.push({ file, people });
  }
  return out;
}
