// The bundled SAMPLE catalog: common subsidised occupations with 2022 codes and an invented A/B/C
// split. It is not any region's catalog; its label says so and the UI must show it.
import sample from './sample-catalog.json';
import { buildCatalog } from './parse';
import type { CatalogEntry } from './types';
import type { Category } from '../types';

const entries: CatalogEntry[] = sample.entries.map((e) => {
  const entry: CatalogEntry = { name: e.name, category: e.category as Category };
  if ('code' in e && e.code) entry.code = e.code;
  if ('online' in e && e.online) entry.online = e.online;
  return entry;
});

/** 示例目录，仅供演示 — the demonstration catalog (sample: true). */
export const SAMPLE_CATALOG = buildCatalog(entries, 'sample', true, sample.label);
