// Loading the policy profile and the occupation catalog named on the command line.
import { promises as fs } from 'fs';
import * as path from 'path';
import {
  BUILTIN_POLICIES,
  type Catalog,
  CatalogError,
  decodeCsv,
  getBuiltinPolicy,
  InputError,
  loadPolicyJson,
  parseCatalogCsv,
  parseCatalogRows,
  type Policy,
  PolicyError,
  SAMPLE_CATALOG,
  t,
} from '../core';
import { readSheetRows } from '../xlsx/read';

function oneLine(s: string): string {
  return s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('; ');
}

async function readBytes(file: string, what: string, whatEn: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new InputError('file.not-found', t(`${file}：${what}文件不存在`, `${file}: ${whatEn} file not found`));
    }
    throw new InputError(
      'file.unreadable',
      t(`${file}：无法读取${what}文件（${code ?? e}）`, `${file}: cannot read the ${whatEn} file (${code ?? e})`),
    );
  }
}

/** A built-in profile id, or a path to a POLICY.json. */
export async function loadPolicy(spec: string): Promise<Policy> {
  const builtin = getBuiltinPolicy(spec);
  if (builtin) return builtin;
  if (!/\.json$/i.test(spec) && !spec.includes('/') && !spec.includes('\\')) {
    const ids = BUILTIN_POLICIES.map((p) => p.id).join('、');
    throw new InputError(
      'policy.unknown',
      t(
        `--policy ${spec}：没有这个内置政策（可用：${ids}，或给出 POLICY.json 文件）`,
        `--policy ${spec}: no such built-in policy (available: ${BUILTIN_POLICIES.map((p) => p.id).join(', ')}, or a POLICY.json file)`,
      ),
    );
  }
  const text = (await readBytes(spec, '政策', 'policy')).toString('utf8');
  try {
    return loadPolicyJson(text, spec);
  } catch (e) {
    const msg = oneLine(e instanceof Error ? e.message : String(e));
    if (e instanceof PolicyError) {
      throw new InputError('policy.invalid', t(`政策文件无效：${msg}`, `invalid policy file: ${msg}`));
    }
    throw new InputError(
      'policy.invalid',
      t(`${spec}：政策文件无法读取（${msg}）`, `${spec}: cannot read the policy file (${msg})`),
    );
  }
}

/** A catalog file (.csv or .xlsx), or the bundled sample when none is given. */
export async function loadCatalog(spec: string | undefined): Promise<Catalog> {
  if (!spec) return SAMPLE_CATALOG;
  const ext = path.extname(spec).toLowerCase();
  try {
    if (ext === '.csv' || ext === '.txt')
      return parseCatalogCsv(decodeCsv(await readBytes(spec, '目录', 'catalog')), spec);
    if (ext === '.xlsx' || ext === '.xlsm') return parseCatalogRows(await readSheetRows(spec), spec);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const msg = oneLine(e instanceof Error ? e.message : String(e));
    if (e instanceof CatalogError) {
      throw new InputError('catalog.invalid', t(`职业目录无效：${msg}`, `invalid catalog: ${msg}`));
    }
    throw new InputError(
      'file.unreadable',
      t(`${spec}：职业目录无法读取（${msg}）`, `${spec}: cannot read the catalog (${msg})`),
    );
  }
  throw new InputError(
    'catalog.wrong-type',
    t(`${spec}：职业目录应为 .csv 或 .xlsx 文件`, `${spec}: the catalog must be a .csv or .xlsx file`),
  );
}
