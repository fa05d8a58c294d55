import { InputError } from '../core';

/** Bad command-line usage: exit status 2 with a one-line message (Chinese, and English with --lang en). */
export class UsageError extends InputError {
  constructor(zh: string, en: string) {
    super('usage', { zh, en });
  }
}
