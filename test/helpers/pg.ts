// A PostgreSQL server for the ledger tests: the one the environment names (PGHOST/PGPORT/PGUSER…, as
// .ci/run sets them), else a throwaway cluster started here from the Debian server binaries (initdb +
// pg_ctl, as the postgres user when the tests run as root; socket in a temporary folder, no TCP).
// Each test file gets a fresh database, dropped at the end. Without any server the tests are skipped,
// except in CI (CI=true or ROSTER_CHECK_REQUIRE_PG=1, as .ci/run sets), where that is an error.
import { execFileSync } from 'child_process';
import { promises as fs, readdirSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import pg from 'pg';

/** The newest Debian PostgreSQL server binaries (/usr/lib/postgresql/<version>/bin), or PG_BIN. */
function pgBin(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  let versions: string[] = [];
  try {
    versions = readdirSync('/usr/lib/postgresql')
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
  } catch {
    // not installed
  }
  return `/usr/lib/postgresql/${versions[0] ?? '15'}/bin`;
}

const BIN = pgBin();

export interface TestPg {
  /** postgres:// URL of the test database (superuser) */
  url: string;
  /** a URL for another role on the same database */
  urlAs(user: string, password?: string): string;
  /** environment for children (PGHOST etc. of this server) */
  env: NodeJS.ProcessEnv;
  /** a superuser connection to the test database */
  db: pg.Client;
  stop(): Promise<void>;
}

function asPostgres(cmd: string, args: string[]): string[] {
  return process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--', cmd, ...args] : [cmd, ...args];
}

function run(argv: string[]): void {
  execFileSync(argv[0], argv.slice(1), { stdio: 'pipe' });
}

async function startCluster(): Promise<{ env: Record<string, string>; stop: () => Promise<void> } | null> {
  try {
    await fs.access(path.join(BIN, 'initdb'));
  } catch {
    return null;
  }
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'roster-pg-'));
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    await fs.chown(dir, uid, gid);
  }
  const data = path.join(dir, 'data');
  run(
    asPostgres(path.join(BIN, 'initdb'), [
      '-D',
      data,
      '-U',
      'postgres',
      '--auth=trust',
      '--no-sync',
      '-E',
      'UTF8',
      '--locale=C',
    ]),
  );
  run(
    asPostgres(path.join(BIN, 'pg_ctl'), [
      '-D',
      data,
      '-w',
      '-l',
      path.join(dir, 'log'),
      '-o',
      `-k ${dir} -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
      'start',
    ]),
  );
  return {
    env: { PGHOST: dir, PGPORT: '5432', PGUSER: 'postgres', PGDATABASE: 'postgres' },
    stop: async () => {
      try {
        run(asPostgres(path.join(BIN, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']));
      } finally {
        await fs.rm(dir, { recursive: true, force: true });
      }
    },
  };
}

/** The test server, or null when there is none (then the caller skips; in CI this throws). */
export async function testPg(): Promise<TestPg | null> {
  let env: Record<string, string>;
  let stopServer = async () => undefined as void;
  if (process.env.PGHOST) {
    env = {};
    for (const k of ['PGHOST', 'PGPORT', 'PGUSER', 'PGPASSWORD', 'PGDATABASE'])
      if (process.env[k]) env[k] = process.env[k] as string;
  } else {
    const c = await startCluster();
    if (!c) {
      if (process.env.CI === 'true' || process.env.ROSTER_CHECK_REQUIRE_PG === '1')
        throw new Error(
          'CI: no PostgreSQL server (PGHOST unset and no initdb in ' + BIN + '); the PostgreSQL ledger tests must run',
        );
      return null;
    }
    env = c.env;
    stopServer = c.stop;
  }
  const conn = { host: env.PGHOST, port: Number(env.PGPORT ?? 5432), user: env.PGUSER, password: env.PGPASSWORD };
  const admin = new pg.Client({ ...conn, database: env.PGDATABASE ?? 'postgres' });
  await admin.connect();
  const db = `roster_test_${process.pid}_${Date.now().toString(36)}`;
  await admin.query(`CREATE DATABASE ${db}`);
  const hostPart = env.PGHOST.startsWith('/') ? `localhost:${conn.port}` : `${env.PGHOST}:${conn.port}`;
  const query = env.PGHOST.startsWith('/') ? `?host=${encodeURIComponent(env.PGHOST)}` : '';
  const urlAs = (user: string, password?: string) =>
    `postgres://${encodeURIComponent(user)}${password ? ':' + encodeURIComponent(password) : ''}@${hostPart}/${db}${query}`;
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env, PGDATABASE: db };
  const client = new pg.Client({ ...conn, database: db });
  await client.connect();
  return {
    url: urlAs(env.PGUSER ?? 'postgres', env.PGPASSWORD),
    urlAs,
    env: childEnv,
    db: client,
    stop: async () => {
      try {
        await client.end();
        await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
        await admin.end();
      } finally {
        await stopServer();
      }
    },
  };
}
