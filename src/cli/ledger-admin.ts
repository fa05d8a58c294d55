// The ledger upkeep commands:
//   roster-check ledger migrate --ledger postgres://…        create or upgrade the database ledger
//   roster-check ledger import FILE|DIR --ledger postgres://…|x.sqlite   load existing file ledgers
//   roster-check ledger export FILE.xlsx|.csv --ledger …     write the whole ledger as one file
import * as path from 'path';
import { todayLocal } from '../core';
import type { LedgerRecord } from '../core';
import { isDbFile, ledgerFiles, readLedgerFiles } from '../ledger-store/load';
import { isPgUrl, maskUrl } from '../ledger-store/pg/url';
import { LedgerStore } from '../ledger-store/store';
import { writeLedgerFile, type ExportRecord } from '../ledger-store/write';
import { InputError } from '../core';
import { UsageError } from './args';
import { langArg, ledgerArg, tokenize } from './options';
import type { Io } from './io';

interface AdminArgs {
  positionals: string[];
  ledger: string;
  en: boolean;
}

function parse(command: string, argv: string[], positionals: number): AdminArgs {
  const t = tokenize(argv, { command: `ledger ${command}`, values: ['ledger', 'lang'] });
  const ledger = ledgerArg(t.values.ledger);
  if (!ledger)
    throw new UsageError(
      '缺少 --ledger 台账（postgres:// 地址或 .sqlite 文件；也可设置环境变量 ROSTER_CHECK_LEDGER）',
      'missing --ledger (a postgres:// URL or .sqlite file; or set ROSTER_CHECK_LEDGER)',
    );
  if (t.positionals.length !== positionals) {
    throw new UsageError(
      `ledger ${command} 需要 ${positionals} 个文件参数`,
      `ledger ${command} takes ${positionals} file argument${positionals === 1 ? '' : 's'}`,
    );
  }
  return { positionals: t.positionals, ledger, en: langArg(t.values.lang) === 'en' };
}

function line(io: Io, en: boolean, zh: string, english: string): void {
  io.stdout((en ? english : zh) + '\n');
}

async function migrate(argv: string[], io: Io): Promise<void> {
  const a = parse('migrate', argv, 0);
  if (!isPgUrl(a.ledger))
    throw new UsageError(
      'ledger migrate 用于 PostgreSQL 台账（--ledger postgres://…）',
      'ledger migrate is for a PostgreSQL ledger (--ledger postgres://…)',
    );
  const { PgLedger } = await import('../ledger-store/pg/ledger');
  const db = await PgLedger.connect(a.ledger);
  try {
    const done = await db.migrate();
    const v = await db.version();
    if (done.length)
      line(
        io,
        a.en,
        `台账数据库 ${maskUrl(a.ledger)} 已升级到结构版本 ${v}（本次执行第 ${done.join('、')} 号迁移）`,
        `ledger database ${maskUrl(a.ledger)} upgraded to schema version ${v} (applied ${done.join(', ')})`,
      );
    else
      line(
        io,
        a.en,
        `台账数据库 ${maskUrl(a.ledger)} 已是最新结构（版本 ${v}）`,
        `ledger database ${maskUrl(a.ledger)} is up to date (schema version ${v})`,
      );
  } finally {
    await db.close();
  }
}

async function importFiles(argv: string[], io: Io): Promise<void> {
  const a = parse('import', argv, 1);
  const { files, skipped } = await ledgerFiles(a.positionals[0]);
  for (const f of skipped)
    line(
      io,
      a.en,
      `已跳过 ${f}：暂不能读取 ${path.extname(f)} 格式`,
      `skipped ${f}: ${path.extname(f)} cannot be read yet`,
    );
  const reads = await readLedgerFiles(files);
  if (isPgUrl(a.ledger)) {
    const { PgLedger } = await import('../ledger-store/pg/ledger');
    const db = await PgLedger.connect(a.ledger);
    try {
      await db.requireSchema();
      const out = await db.importFiles(reads.map((r) => ({ path: r.file, records: r.parse.records })));
      for (const o of out) {
        if (o.unchanged)
          line(io, a.en, `${o.path}：自上次导入后未变化，跳过`, `${o.path}: unchanged since the last import; skipped`);
        else line(io, a.en, `${o.path}：导入 ${o.records} 条`, `${o.path}: imported ${o.records} records`);
      }
    } finally {
      await db.close();
    }
    return;
  }
  if (!isDbFile(a.ledger))
    throw new UsageError(
      'ledger import 的 --ledger 应为 postgres:// 地址或 .sqlite 文件',
      'ledger import needs --ledger postgres://… or a .sqlite file',
    );
  const store = new LedgerStore(a.ledger);
  try {
    const { promises: fs } = await import('fs');
    for (const r of reads) {
      const st = await fs.stat(r.file);
      const n = store.importFile({ path: r.file, size: st.size, mtimeMs: st.mtimeMs }, r.parse.records);
      line(io, a.en, `${r.file}：导入 ${n} 条`, `${r.file}: imported ${n} records`);
    }
  } finally {
    store.close();
  }
}

async function exportFile(argv: string[], io: Io): Promise<void> {
  const a = parse('export', argv, 1);
  const out = a.positionals[0];
  const ext = path.extname(out).toLowerCase();
  if (ext !== '.xlsx' && ext !== '.csv')
    throw new UsageError(`${out}：导出文件应为 .xlsx 或 .csv`, `${out}: the export must be an .xlsx or .csv file`);
  if (!isPgUrl(a.ledger) && path.resolve(a.ledger) === path.resolve(out))
    throw new UsageError(`${out}：导出文件不能是台账本身`, `${out}: the export must not be the ledger itself`);
  const records: ExportRecord[] = [];
  if (isPgUrl(a.ledger)) {
    const { PgLedger } = await import('../ledger-store/pg/ledger');
    const db = await PgLedger.connect(a.ledger);
    try {
      await db.requireSchema();
      for await (const page of db.allRecords()) for (const r of page) records.push(r);
    } finally {
      await db.close();
    }
  } else if (isDbFile(a.ledger)) {
    const store = new LedgerStore(a.ledger);
    try {
      for (const r of store.allRecords()) records.push(r);
    } finally {
      store.close();
    }
  } else {
    const { files } = await ledgerFiles(a.ledger);
    for (const read of await readLedgerFiles(files)) records.push(...(read.parse.records as LedgerRecord[]));
  }
  const n = await writeLedgerFile(out, records, todayLocal());
  line(io, a.en, `已导出 ${n} 条台账记录：${path.resolve(out)}`, `exported ${n} ledger records: ${path.resolve(out)}`);
}

/** Runs `ledger migrate|import|export`; 0 done, 2 bad usage or input. */
export async function runLedgerAdmin(command: string, argv: string[], io: Io): Promise<number> {
  const en = argv.some((x, i) => x === '--lang=en' || (x === '--lang' && argv[i + 1] === 'en'));
  try {
    if (command === 'migrate') await migrate(argv, io);
    else if (command === 'import') await importFiles(argv, io);
    else await exportFile(argv, io);
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      io.stderr(`roster-check: ${en ? e.en : e.message}\n`);
      return 2;
    }
    throw e;
  }
}
