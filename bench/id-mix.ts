// A realistic mix of identity numbers as they arrive on rosters, each with the answer it should get
// ("is this a valid ID of a trainee?") and the reason for its category.
import { areaList } from '@vant/area-data';
import { checkDigit, rng } from '../test/fixtures/people';

export interface IdCase {
  id: string;
  category: string;
  /** the intended answer: valid or not */
  valid: boolean;
}

/** category, share, intended answer, why */
export const CATEGORIES: [string, number, boolean, string][] = [
  ['valid', 0.66, true, 'valid 18-character ID (current county code)'],
  ['valid-x', 0.03, true, 'valid, check character X'],
  ['lowercase-x', 0.02, true, 'valid, check character typed as lowercase x (normalised)'],
  ['full-width', 0.02, true, 'valid, typed with full-width digits (normalised)'],
  ['old-county', 0.02, true, 'valid, county code abolished since issue (110103 崇文区, 320107 下关区 …)'],
  ['permit', 0.01, true, 'Hong Kong/Macao/Taiwan residence permit (810000/820000/830000)'],
  ['bad-checksum', 0.08, false, 'wrong check character'],
  ['impossible-date', 0.03, false, 'impossible birth date (19900230, 20010229, 19991301, 19900431)'],
  ['year-0001', 0.01, false, 'birth year 0001 / 1850 (before 1900)'],
  ['future', 0.01, false, 'birth date in the future'],
  ['fake-region', 0.03, false, 'no such province (71xxxx, 00xxxx, 20xxxx)'],
  ['legacy-15', 0.04, false, 'retired 15-digit number (must be upgraded for a claim)'],
  ['wrong-length', 0.02, false, '17 or 19 characters'],
  ['letters', 0.02, false, 'a letter inside (O for 0, I for 1)'],
];

const OLD_COUNTIES = ['110103', '110104', '320107', '320103', '330103', '420107', '440107', '410108'];
const IMPOSSIBLE = ['19900230', '20010229', '19991301', '19900431', '19870000', '19950632'];

function pad(n: number, w: number): string {
  return String(n).padStart(w, '0');
}

const FULL = (s: string) => s.replace(/[0-9X]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

/** n numbers, deterministic. today bounds the future category. */
export function idMix(n: number, today: { y: number }, seed = 1999): IdCase[] {
  const r = rng(seed);
  const counties = Object.keys(areaList.county_list).filter((c) => !/^(71|81|82|83|9)/.test(c));
  const int = (k: number) => Math.floor(r() * k);
  const body = (region: string, date: string) => region + date + pad(int(1000), 3);
  const date = () => `${1950 + int(56)}${pad(1 + int(12), 2)}${pad(1 + int(28), 2)}`;
  const full = (b: string) => b + checkDigit(b);
  const withX = (): string => {
    for (;;) {
      const b = body(counties[int(counties.length)], date());
      if (checkDigit(b) === 'X') return b + 'X';
    }
  };
  const out: IdCase[] = [];
  for (let i = 0; i < n; i++) {
    let x = r();
    let k = 0;
    while (k < CATEGORIES.length - 1 && x >= CATEGORIES[k][1]) x -= CATEGORIES[k++][1];
    const [category, , valid] = CATEGORIES[k];
    const county = counties[int(counties.length)];
    let id: string;
    switch (category) {
      case 'valid':
        id = full(body(county, date()));
        break;
      case 'valid-x':
        id = withX();
        break;
      case 'lowercase-x':
        id = withX().toLowerCase();
        break;
      case 'full-width':
        id = FULL(full(body(county, date())));
        break;
      case 'old-county':
        id = full(body(OLD_COUNTIES[int(OLD_COUNTIES.length)], date()));
        break;
      case 'permit':
        id = full(body(['810000', '820000', '830000'][int(3)], date()));
        break;
      case 'bad-checksum': {
        const b = body(county, date());
        const c = checkDigit(b);
        id = b + (c === 'X' ? '0' : c === '9' ? 'X' : String(Number(c) + 1));
        break;
      }
      case 'impossible-date':
        id = full(body(county, IMPOSSIBLE[int(IMPOSSIBLE.length)]));
        break;
      case 'year-0001':
        id = full(body(county, (int(2) ? '0001' : '1850') + pad(1 + int(12), 2) + pad(1 + int(28), 2)));
        break;
      case 'future':
        id = full(body(county, `${today.y + 1 + int(20)}0101`));
        break;
      case 'fake-region':
        id = full(body(['71', '00', '20'][int(3)] + pad(int(10000), 4), date()));
        break;
      case 'legacy-15': {
        const f = full(body(county, date()));
        id = f.slice(0, 6) + f.slice(8, 17);
        break;
      }
      case 'wrong-length': {
        const f = full(body(county, date()));
        id = int(2) ? f.slice(0, 17) : f + String(int(10));
        break;
      }
      default: {
        const f = full(body(county, date()));
        const p = 6 + int(11);
        id = f.slice(0, p) + (int(2) ? 'O' : 'I') + f.slice(p + 1);
      }
    }
    out.push({ id, category, valid });
  }
  return out;
}
