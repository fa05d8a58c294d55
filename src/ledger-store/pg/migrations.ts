// The PostgreSQL ledger's schema, as numbered migrations applied in order by `roster-check ledger
// migrate` (each in the one transaction of the run, under an advisory lock so two migrators take
// turns). The table roster_check_migrations is our marker: a database without it is not (yet) a ledger.
// Never edit a migration that has shipped; add the next number.

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS_TABLE = 'roster_check_migrations';

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'ledger tables',
    sql: `
CREATE TABLE ledger_claims (
  claim_id bigserial PRIMARY KEY,
  fingerprint text NOT NULL UNIQUE,
  source text NOT NULL,
  institution text NOT NULL DEFAULT '',
  rows integer NOT NULL,
  recorded_on date NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  recorded_by text NOT NULL DEFAULT current_user
);
CREATE TABLE ledger_imports (
  import_id bigserial PRIMARY KEY,
  path text NOT NULL UNIQUE,
  sha256 text NOT NULL,
  records integer NOT NULL,
  imported_at timestamptz NOT NULL DEFAULT now(),
  imported_by text NOT NULL DEFAULT current_user
);
CREATE TABLE ledger_records (
  record_id bigserial PRIMARY KEY,
  claim_id bigint REFERENCES ledger_claims ON DELETE CASCADE,
  import_id bigint REFERENCES ledger_imports ON DELETE CASCADE,
  id_key text NOT NULL,
  id_text text NOT NULL DEFAULT '',
  name text NOT NULL DEFAULT '',
  occupation text NOT NULL DEFAULT '',
  level text NOT NULL DEFAULT '',
  cert_type text NOT NULL DEFAULT '',
  start_on date,
  end_on date,
  amount_fen bigint,
  paid_on date,
  source text NOT NULL DEFAULT '',
  source_row integer,
  institution text NOT NULL DEFAULT '',
  fingerprint text NOT NULL DEFAULT '',
  ledger_file text NOT NULL DEFAULT '',
  ledger_row integer,
  recorded_on date
);
CREATE INDEX ledger_records_id_key ON ledger_records (id_key);
CREATE INDEX ledger_records_fingerprint ON ledger_records (fingerprint) WHERE fingerprint <> '';
CREATE INDEX ledger_records_claim ON ledger_records (claim_id) WHERE claim_id IS NOT NULL;
CREATE INDEX ledger_records_import ON ledger_records (import_id) WHERE import_id IS NOT NULL;
-- one row per person ever recorded: ledger add locks its people's rows (FOR UPDATE, in ID order) so
-- two claims touching one person take turns; row locks live in the rows, not the shared lock table
CREATE TABLE ledger_people (id_key text PRIMARY KEY);
COMMENT ON TABLE ledger_records IS 'Roster Check (花名册核验) subsidy ledger: one row per subsidy paid';
`,
  },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
