// Errors the CLI turns into a one-line message and exit status 2 (bad usage or unreadable input).

export class InputError extends Error {
  /** the message in English, for --lang en */
  readonly en: string;
  constructor(zh: string, en: string) {
    super(zh);
    this.name = 'InputError';
    this.en = en;
  }
}
