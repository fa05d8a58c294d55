import type { Category } from '../types';

/** One occupation of the annual catalog (职业目录). */
export interface CatalogEntry {
  name: string;
  category: Category;
  /** occupation code of the 2022 classification (d-dd-dd-dd), when the catalog gives it */
  code?: string;
  /** note on online training (e.g. 可全部线上 / 线下不少于8课时) */
  online?: string;
}

export interface Catalog {
  /** where it came from: a file name, a sheet name, or 'sample' */
  source: string;
  /** true for the bundled sample catalog, which is not any region's real catalog */
  sample: boolean;
  /** a caption to show with the catalog (the sample's says it is a demonstration only) */
  label?: string;
  entries: CatalogEntry[];
  /** entries by normalised name (see normalizeOccupationName) */
  byName: Map<string, CatalogEntry>;
}
