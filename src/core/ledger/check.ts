// The cross-roster checks: every roster of a run against the ledger and against each other.
// One pass builds an index of the run's rows by canonical ID key; each row then looks up its person
// in that index and in the ledger index, so the cost is linear in ledger size plus roster sizes.
import type { CheckResult } from '../engine';
import { idKey } from '../facts';
import { compareFindings, countFindings } from '../findings';
import type { Policy } from '../policy/schema';
import type { Finding, Locale, Trainee } from '../types';
import { entryFromRecord, entryFromTrainee, sameTraining, type ClaimEntry } from './entry';
import { ledgerRuleByCode, ledgerRules, type LedgerRule } from './rules';
import type { LedgerIndex, LedgerRecord } from './types';

/** One roster of the run. */
export interface RunRoster {
  /** how findings and messages name the roster: its file name (or sheet name in the add-in) */
  source: string;
  trainees: readonly Trainee[];
  /** the training institution, when the roster names it */
  institution?: string;
  /**
   * the roster's fingerprint: ledger records carrying it are this very roster and are not counted
   * (without it, records from a source of the same name for the very same training are recognised)
   */
  fingerprint?: string;
}

export interface LedgerCheckOptions {
  locale?: Locale;
  /** only these rules (default: all four) */
  rules?: readonly LedgerRule[];
  /**
   * count the roster's own earlier entries (same fingerprint, or the same training from a source of the
   * same name): a claim asks whether anyone was paid already, so its own recorded entry is a repeat
   */
  countOwn?: boolean;
}

/** Every distinct ID key of the run, for one batched ledger lookup (the SQLite store). */
export function runKeys(rosters: readonly RunRoster[]): string[] {
  const keys = new Set<string>();
  for (const r of rosters)
    for (const t of r.trainees) {
      const k = idKey(t);
      if (k) keys.add(k);
    }
  return [...keys];
}

/**
 * Checks every roster against the ledger and against the other rosters of the run. The result has one
 * entry per roster source (possibly empty), findings sorted and localised. A person in rosters A and B
 * is caught in both: each finding sits in its own roster's list and names the other file and row.
 */
export function checkAgainstLedger(
  rosters: readonly RunRoster[],
  ledger: LedgerIndex,
  policy: Policy,
  opts: LedgerCheckOptions = {},
): Map<string, Finding[]> {
  const rules = opts.rules ?? ledgerRules;
  const countOwn = opts.countOwn ?? false;
  const skipFp = new Set(countOwn ? [] : rosters.map((r) => r.fingerprint).filter((f): f is string => !!f));
  // the run's rows by person
  const run = new Map<string, Array<{ roster: number; entry: ClaimEntry; trainee: Trainee }>>();
  rosters.forEach((r, ri) => {
    for (const t of r.trainees) {
      const key = idKey(t);
      if (!key) continue;
      const item = { roster: ri, entry: entryFromTrainee(t, key, r.source, r.institution ?? ''), trainee: t };
      const list = run.get(key);
      if (list) list.push(item);
      else run.set(key, [item]);
    }
  });
  const out = new Map<string, Finding[]>(rosters.map((r) => [r.source, [] as Finding[]]));
  const ledgerEntries = new Map<string, ClaimEntry[]>();
  for (const [key, items] of run) {
    let fromLedger = ledgerEntries.get(key);
    if (!fromLedger) {
      const recs: readonly LedgerRecord[] = ledger.get(key) ?? [];
      fromLedger = recs.filter((x) => !x.fingerprint || !skipFp.has(x.fingerprint)).map(entryFromRecord);
      ledgerEntries.set(key, fromLedger);
    }
    for (const item of items) {
      // a ledger record of this very training from this very roster is the roster's own earlier entry
      const src = rosters[item.roster].source;
      const others: ClaimEntry[] = countOwn
        ? [...fromLedger]
        : fromLedger.filter((e) => !(e.ref.source === src && sameTraining(e, item.entry)));
      // rows of the same roster are repeats within the roster (dup.id), not counted here
      for (const o of items) if (o.roster !== item.roster) others.push(o.entry);
      if (!others.length) continue;
      const list = out.get(rosters[item.roster].source)!;
      for (const rule of rules) {
        for (const f of rule.check({ policy, trainee: item.trainee, self: item.entry, others })) list.push(f);
      }
    }
  }
  const locale = opts.locale ?? 'zh-CN';
  for (const list of out.values()) {
    list.sort(compareFindings);
    localizeLedger(list, locale);
  }
  return out;
}

/** Fills in the message of ledger findings (findings of other rules are left alone). */
export function localizeLedger(findings: Finding[], locale: Locale): Finding[] {
  for (const f of findings) {
    const rule = ledgerRuleByCode(f.code);
    if (rule) f.message = rule.message(f.params, locale);
  }
  return findings;
}

/** A roster's check result with its ledger findings added: sorted again, counts recomputed. */
export function withLedgerFindings(result: CheckResult, extra: readonly Finding[]): CheckResult {
  if (!extra.length) return result;
  const findings = [...result.findings, ...extra].sort(compareFindings);
  return { ...result, findings, ...countFindings(findings) };
}
