export type { Catalog, CatalogEntry } from './types';
export { normalizeOccupationName, normalizeCategory } from './normalize';
export { parseCatalogRows, parseCatalogCsv, buildCatalog, CatalogError, type CatalogCell } from './parse';
export { suggestOccupation, editDistance } from './suggest';
export {
  nationalOccupationByName,
  nationalOccupationByCode,
  findNationalOccupation,
  NATIONAL_SOURCE,
  type NationalOccupation,
} from './national';
export { SAMPLE_CATALOG } from './sample';
