// The text Excel shows for a value in a number format. Kept small but honest: General shows at most
// 11 characters, so an 18-digit ID typed as a number shows as 4.10102E+17.

export type Scalar = string | number | boolean | null;

function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

function scientific(n: number): string {
  const [mant, exp] = n.toExponential(5).split('e');
  const e = Number(exp);
  const sign = e < 0 ? '-' : '+';
  return `${trimZeros(mant)}E${sign}${String(Math.abs(e)).padStart(2, '0')}`;
}

/** Excel's General format for a number in a standard-width column. */
export function generalNumber(n: number): string {
  if (!Number.isFinite(n)) return '#NUM!';
  if (n === 0) return '0';
  const abs = Math.abs(n);
  if (abs >= 1e11 || abs < 1e-9) return scientific(n);
  if (Number.isInteger(n)) return String(n);
  const intDigits = Math.max(1, Math.floor(Math.log10(abs)) + 1);
  const room = Math.max(0, 10 - intDigits - (n < 0 ? 1 : 0));
  return trimZeros(n.toFixed(Math.min(room, 9)));
}

/** Excel serial (1900 system) to y/m/d. */
export function serialToDate(serial: number): { y: number; m: number; d: number } {
  const days = Math.floor(serial) - (serial > 60 ? 1 : 0);
  const ms = Date.UTC(1899, 11, 31) + days * 86400000;
  const dt = new Date(ms);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

function dateText(serial: number, format: string): string {
  const { y, m, d } = serialToDate(serial);
  const f = format.toLowerCase();
  const two = (v: number) => String(v).padStart(2, '0');
  const sep = f.includes('/') ? '/' : f.includes('-') ? '-' : null;
  if (f.includes('年')) return `${y}年${m}月${d}日`;
  if (!sep) return `${y}/${m}/${d}`;
  const mm = f.includes('mm') ? two(m) : String(m);
  const dd = f.includes('dd') ? two(d) : String(d);
  return `${y}${sep}${mm}${sep}${dd}`;
}

function fixed(n: number, decimals: number, grouping: boolean): string {
  const s = Math.abs(n).toFixed(decimals);
  const [int, frac] = s.split('.');
  const intPart = grouping ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : int;
  return `${n < 0 ? '-' : ''}${intPart}${frac ? '.' + frac : ''}`;
}

function isDateFormat(format: string): boolean {
  const f = format.replace(/"[^"]*"|\[[^\]]*\]/g, '').toLowerCase();
  return /y|d|年|月|日/.test(f) || (/m/.test(f) && !/[0#]/.test(f));
}

export function displayText(value: Scalar, format: string): string {
  if (value === null || value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (format === '@' || format === 'General' || format === '') return generalNumber(value);
  if (isDateFormat(format)) return value >= 0 && value < 2958466 ? dateText(value, format) : '#'.repeat(11);
  const m = /^(#,##)?0(?:\.(0+))?(%)?$/.exec(format);
  if (m) {
    const decimals = m[2] ? m[2].length : 0;
    return m[3] ? `${fixed(value * 100, decimals, false)}%` : fixed(value, decimals, Boolean(m[1]));
  }
  return generalNumber(value);
}
