// The rosters a reviewer names: files, folders (searched recursively) and globs (`inbox/*.xlsx`,
// `inbox/**/*.xls` — expanded here too, for shells that leave them as typed, such as cmd.exe).
// Excel's and WPS's lock files (~$name.xlsx) are skipped with a word; so are files of other kinds
// found inside a folder. The order is stable: arguments in order, each folder's files sorted.
import { promises as fs } from 'fs';
import * as path from 'path';

/** Extensions read as rosters (the .xls/.et/.ods/.csv readers come with issue 9). */
export const ROSTER_EXTENSIONS = ['.xlsx', '.xlsm', '.xls', '.et', '.ods', '.csv'];

export interface Skipped {
  path: string;
  reason: { zh: string; en: string };
}

export interface Inputs {
  files: string[];
  skipped: Skipped[];
}

const LOCK = /^~\$/;

function isRosterName(name: string): boolean {
  return ROSTER_EXTENSIONS.includes(path.extname(name).toLowerCase());
}

function hasGlob(s: string): boolean {
  return /[*?]/.test(s);
}

/** A glob segment (`*`, `?`) as a regular expression; case-insensitive like Windows' and macOS' file systems. */
function segmentRegExp(seg: string): RegExp {
  const body = seg
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '[^/\\\\]*')
    .replace(/\?/g, '[^/\\\\]');
  return new RegExp(`^${body}$`, 'i');
}

async function stat(p: string) {
  try {
    return await fs.stat(p);
  } catch {
    return null;
  }
}

async function walk(dir: string, out: Inputs, seen: Set<string>): Promise<void> {
  const entries = (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) await walk(p, out, seen);
    else if (LOCK.test(e.name))
      out.skipped.push({
        path: p,
        reason: { zh: 'Excel/WPS 锁定文件，已跳过', en: 'an Excel/WPS lock file, skipped' },
      });
    else if (isRosterName(e.name)) add(p, out, seen);
    else if (e.isFile())
      out.skipped.push({ path: p, reason: { zh: '不是表格文件，已跳过', en: 'not a spreadsheet, skipped' } });
  }
}

function add(p: string, out: Inputs, seen: Set<string>): void {
  const key = path.resolve(p);
  if (seen.has(key)) return;
  seen.add(key);
  out.files.push(p);
}

/** Expands one glob: segments before the first wildcard are a folder; `**` matches any depth. */
async function expandGlob(pattern: string, out: Inputs, seen: Set<string>): Promise<number> {
  const parts = pattern.split(/[\\/]+/);
  const first = parts.findIndex(hasGlob);
  const base = parts.slice(0, first).join(path.sep) || (path.isAbsolute(pattern) ? path.sep : '.');
  const rest = parts.slice(first);
  const found: string[] = [];
  async function match(dir: string, i: number): Promise<void> {
    if (i === rest.length) return;
    const seg = rest[i];
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    if (seg === '**') {
      await match(dir, i + 1);
      for (const e of entries) if (e.isDirectory()) await match(path.join(dir, e.name), i);
      return;
    }
    const re = segmentRegExp(seg);
    for (const e of entries) {
      if (!re.test(e.name)) continue;
      const p = path.join(dir, e.name);
      if (i === rest.length - 1) {
        if (e.isFile()) found.push(p);
      } else if (e.isDirectory()) await match(p, i + 1);
    }
  }
  await match(base, 0);
  found.sort();
  for (const p of found) {
    if (LOCK.test(path.basename(p)))
      out.skipped.push({
        path: p,
        reason: { zh: 'Excel/WPS 锁定文件，已跳过', en: 'an Excel/WPS lock file, skipped' },
      });
    else add(p, out, seen);
  }
  return found.length;
}

/**
 * The files to check. A named file is kept whatever its extension (its reader says what is wrong);
 * a name that does not exist is kept too, so it is reported as unreadable in its place.
 */
export async function expandInputs(args: readonly string[]): Promise<Inputs> {
  const out: Inputs = { files: [], skipped: [] };
  const seen = new Set<string>();
  for (const a of args) {
    const s = await stat(a);
    if (s?.isDirectory()) await walk(a, out, seen);
    else if (!s && hasGlob(a)) {
      const n = await expandGlob(a, out, seen);
      if (n === 0) out.skipped.push({ path: a, reason: { zh: '没有匹配的文件', en: 'matches no file' } });
    } else if (LOCK.test(path.basename(a)))
      out.skipped.push({
        path: a,
        reason: { zh: 'Excel/WPS 锁定文件，已跳过', en: 'an Excel/WPS lock file, skipped' },
      });
    else add(a, out, seen);
  }
  return out;
}
