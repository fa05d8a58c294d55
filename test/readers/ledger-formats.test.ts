// The ledger folder reader takes .xls, .et and .ods too (old rosters dropped into a ledger folder).
import { isLedgerFile, readLedgerFile } from '../../src/ledger-store/files';
import { tempDir } from '../cli/run';
import { writeFormatFixtures } from '../fixtures/readers';

test('an old roster as .xls, .et and .ods gives the records its .xlsx gives', async () => {
  const dir = await tempDir('readers-ledger');
  const { files } = await writeFormatFixtures(dir, 'twoRosters');
  const base = await readLedgerFile(files.xls.replace(/\.xls$/, '.xlsx'));
  expect(base.parse.records).toHaveLength(4);
  const ids = base.parse.records.map((r) => r.id);
  for (const ext of ['xls', 'et', 'ods']) {
    expect(isLedgerFile(files[ext])).toBe(true);
    const read = await readLedgerFile(files[ext]);
    expect(read.sheet).toBe('电工班');
    expect(read.parse.records.map((r) => r.id)).toEqual(ids);
  }
});
