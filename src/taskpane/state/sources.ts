// The policy and catalog a check runs against, from what the pane holds: a built-in or loaded policy
// profile; the sample catalog, a sheet of the workbook, or a file chosen from disk (CSV in UTF-8 or GBK,
// or .xlsx). No state of its own: the controller dispatches what these return.
import Papa from 'papaparse';
import {
  type Catalog,
  decodeCsv,
  getBuiltinPolicy,
  parseCatalogCsv,
  parseCatalogRows,
  type Policy,
  type RosterHost,
  SAMPLE_CATALOG,
} from '../../core';
import { isXlsxName } from '../files/readFile';
import { CUSTOM_POLICY_ID, type CatalogChoice, type CatalogRows, type PaneState } from './types';

/** the policy profile the state names (a loaded one, or a built-in one by id) */
export function policyOf(s: PaneState): Policy {
  if (s.policyId === CUSTOM_POLICY_ID && s.customPolicy) return s.customPolicy.policy;
  const p = getBuiltinPolicy(s.policyId);
  if (!p) throw new Error(`unknown policy profile: ${s.policyId}`);
  return p;
}

/** the catalog of the choice, reading the workbook's sheet when it names one */
export async function catalogOf(c: CatalogChoice, host: RosterHost): Promise<Catalog> {
  if (c.kind === 'sample') return SAMPLE_CATALOG;
  if (c.kind === 'file') return parseCatalogRows(c.rows, c.name);
  return parseCatalogRows(await host.readSheetValues(c.sheet), c.sheet);
}

/** A catalog file chosen from disk, parsed at once so its errors show: its rows (kept) and the catalog. */
export async function readCatalogFile(
  name: string,
  data: ArrayBuffer,
  readXlsx?: (data: ArrayBuffer) => Promise<CatalogRows>,
): Promise<{ rows: CatalogRows; catalog: Catalog }> {
  if (isXlsxName(name)) {
    if (!readXlsx) throw new Error(`${name}: .xlsx is not supported here`);
    const rows = await readXlsx(data);
    return { rows, catalog: parseCatalogRows(rows, name) };
  }
  const text = decodeCsv(new Uint8Array(data));
  const catalog = parseCatalogCsv(text, name);
  return { rows: Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false }).data, catalog };
}
