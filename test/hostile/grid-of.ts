// The Grid of a package's first sheet, through the reader the CLI uses.
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Grid } from '../../src/core/types';
import { readRosterGrid } from '../../src/xlsx/read';

export async function sheetXmlGridFor(data: Buffer): Promise<Grid> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'roster-gridof-'));
  const file = path.join(dir, 'r.xlsx');
  await fs.writeFile(file, data);
  try {
    return (await readRosterGrid(file)).grid;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
