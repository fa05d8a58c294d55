// The one way the product speaks two languages: a text is a pair {zh, en}, picked by locale.
// Rules, layout notes, input errors and the marks all go through text(); see docs/architecture.md.
import type { Locale, Text } from '../types';

export type { Locale, Text } from '../types';

/** Picks the locale's side of a text. */
export function text(locale: Locale, t: Text): string {
  return locale === 'en-US' ? t.en : t.zh;
}

/** Shorthand for a text literal: t('中文', 'English'). */
export function t(zh: string, en: string): Text {
  return { zh, en };
}
