// The facts of one check: what rules, claim rows and the ledger check need to know about each
// trainee beyond the cells, computed once per check and on first use (a fact no reader asks for
// costs nothing). The data path is read → facts → rules → marks or papers (docs/architecture.md).
//
// Already on each Trainee (layout/read, parsed once per read): amounts in fen, training dates, hours.
// Here: the ID table (canonical key, birth date, sex), the age at training start, and the policy's
// view of each row (catalog entry, certificate, level, resolved rate).
import type { Catalog } from '../catalog/types';
import type { ParsedId } from '../id';
import type { Policy } from '../policy/schema';
import type { CalDate, Trainee } from '../types';
import { buildAges } from './ages';
import { TraineeColumns } from './columns';
import { buildIdTable, parseTraineeId, type IdTable } from './ids';
import { buildPolicyRows, buildRates, type PolicyRow, type RateStatus } from './policy';

export { NO_AGE } from './ages';
export { codesOf, groupBy, TraineeColumns, type Codes, type Groups, type TextProp } from './columns';
export {
  buildIdTable,
  idKey,
  isWellFormed,
  parseTraineeId,
  SEX_F,
  SEX_M,
  shownId,
  usableBirth,
  type IdTable,
} from './ids';
export { buildPolicyRows, buildRates, type LevelState, type PolicyRow, type RateStatus } from './policy';

/** What the facts are computed from: one roster's trainees under one policy and catalog, on one day. */
export interface FactsInput {
  trainees: readonly Trainee[];
  policy: Policy;
  catalog: Catalog;
  /** the day of the check: a birth date after it is not usable */
  today: CalDate;
}

/** Per-trainee facts of one check; every list is parallel to input.trainees. */
export class Facts {
  private idTable?: IdTable;
  private allIds?: ParsedId[];
  private ageList?: Int16Array;
  private rows?: PolicyRow[];
  private rateList?: RateStatus[];

  /** the low-variety texts and the typed dates of the trainees as coded columns (columns.ts) */
  readonly columns: TraineeColumns;

  constructor(readonly input: FactsInput) {
    this.columns = new TraineeColumns(input.trainees);
  }

  /** The ID table: canonical keys, births, sexes, and the rows whose ID is not plain. */
  get ids(): IdTable {
    return (this.idTable ??= buildIdTable(this.input.trainees, this.input.today));
  }

  /** Trainee i's parsed ID, built on first use for a plain ID (the same object on every call). */
  idAt(i: number): ParsedId {
    const table = this.ids;
    return (table.parsed[i] ??= parseTraineeId(this.input.trainees[i]));
  }

  /** Every trainee's ID as a ParsedId; builds the plain ones too, so rules use ids / idAt. */
  get parsedIds(): ParsedId[] {
    return (this.allIds ??= this.input.trainees.map((_, i) => this.idAt(i)));
  }

  /** Age in full years (周岁) at training start (end when no start); NO_AGE when it cannot be told. */
  get ages(): Int16Array {
    return (this.ageList ??= buildAges(this.input.trainees, this.ids.births));
  }

  /** The policy's view of each row: catalog entry, certificate type, level. */
  get policyRows(): PolicyRow[] {
    return (this.rows ??= buildPolicyRows(this.input.trainees, this.input.policy, this.input.catalog, this.columns));
  }

  /** The rate the policy sets for each row, or why there is none. */
  get rates(): RateStatus[] {
    return (this.rateList ??= buildRates(this.policyRows, this.input.policy));
  }
}
