// Address codes (GB/T 2260): province prefixes by rule, counties from @vant/area-data.
import { areaList } from '@vant/area-data';

/** 'ok'; 'county-unknown' (known province, code not in the current list: a warning, old IDs keep
 * abolished codes); 'province-unknown' (no such province); 'permit-code' (81/82/83 but not exactly
 * 810000/820000/830000). */
export type RegionStatus = 'ok' | 'county-unknown' | 'province-unknown' | 'permit-code';

// Valid 2-digit province prefixes of citizen IDs: 11–15, 21–23, 31–37, 41–46, 50–54, 61–65.
const PROVINCE = new Uint8Array(100);
for (const [lo, hi] of [
  [11, 15],
  [21, 23],
  [31, 37],
  [41, 46],
  [50, 54],
  [61, 65],
]) {
  for (let p = lo; p <= hi; p++) PROVINCE[p] = 1;
}

/** Hong Kong, Macao, Taiwan residence permits: exactly these address codes (Taiwan is 83, not 71). */
export const PERMIT_CODES: readonly number[] = [810000, 820000, 830000];

/** True for a mainland province prefix (11–65 ranges); false for 71, 81–83 and anything else. */
export function isProvince(prefix: number): boolean {
  return prefix >= 0 && prefix < 100 && PROVINCE[prefix] === 1;
}

let known: Uint8Array | null = null;

/** Every province, prefecture and county code in the area data as a bitmap by code, built once on first use. */
function knownCodes(): Uint8Array {
  if (known) return known;
  const map = new Uint8Array(1_000_000);
  for (const list of [areaList.province_list, areaList.city_list, areaList.county_list]) {
    for (const code of Object.keys(list)) {
      const n = Number(code);
      if (n >= 0 && n < 1_000_000) map[n] = 1;
    }
  }
  known = map;
  return map;
}

/** True when the 6-digit code is in the current area data (county, prefecture ending 00, province ending 0000). */
export function isKnownRegion(code: number): boolean {
  return code >= 0 && code < 1_000_000 && knownCodes()[code] === 1;
}

/**
 * Status of a 6-digit address code (as a number) of a citizen ID or a residence permit.
 * Foreigners' IDs are checked with foreignRegionStatus.
 */
export function regionStatus(code: number): RegionStatus {
  const prefix = Math.floor(code / 10000);
  if (prefix === 81 || prefix === 82 || prefix === 83) {
    return code === prefix * 10000 ? 'ok' : 'permit-code';
  }
  if (!isProvince(prefix)) return 'province-unknown';
  return knownCodes()[code] === 1 ? 'ok' : 'county-unknown';
}

/** A foreigner's permanent residence ID: digits 2–3 are the accepting province (digits 4–6 the nationality). */
export function foreignRegionStatus(province: number): RegionStatus {
  return isProvince(province) ? 'ok' : 'province-unknown';
}
