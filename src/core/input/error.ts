// Bad input: a file that cannot be read, a wrong option. Every front end shows it as one clear line
// naming the file or the option (never a stack trace); the CLI exits with status 2.
import { text, type Locale, type Text } from '../i18n';

/** What went wrong, stable across languages (tests and callers branch on it, never on the text). */
export type InputErrorCode =
  | 'usage' // bad command-line usage: unknown command or option, a value of the wrong form
  | 'file.not-found'
  | 'file.unreadable'
  | 'file.is-directory'
  | 'file.permission'
  | 'file.xls' // the old binary .xls format
  | 'file.not-xlsx'
  | 'file.damaged'
  | 'workbook.no-sheets'
  | 'workbook.no-such-sheet'
  | 'roster.unreadable' // a roster of several that could not be read; the text names it
  | 'roster.columns-missing'
  | 'out.same-as-input'
  | 'out.cannot-write'
  | 'marked-copy.no-sheet'
  | 'marked-copy.reserved-name'
  | 'policy.unknown'
  | 'policy.invalid'
  | 'catalog.invalid'
  | 'catalog.wrong-type'
  | 'info.invalid'
  | 'ledger.not-found'
  | 'ledger.wrong-type'
  | 'ledger.no-id-column'
  | 'ledger.cannot-write'
  | 'input'; // an input error raised with the two texts only (zh, en): no finer code yet

export class InputError extends Error {
  readonly code: InputErrorCode;
  /** the message in both languages; `message` is the Chinese side */
  readonly text: Text;
  constructor(code: InputErrorCode, message: Text);
  /** the two texts alone (code 'input'), as the readers and stores added before the codes wrote them */
  constructor(zh: string, en: string);
  constructor(a: string, b: Text | string) {
    const message: Text = typeof b === 'string' ? { zh: a, en: b } : b;
    super(message.zh);
    this.name = 'InputError';
    this.code = typeof b === 'string' ? 'input' : (a as InputErrorCode);
    this.text = message;
  }

  /** the message in English, for --lang en */
  get en(): string {
    return this.text.en;
  }

  /** the message in the locale's language */
  textIn(locale: Locale): string {
    return text(locale, this.text);
  }
}
