// Picks the pane's language from Office's display language: English when it starts with 'en',
// Simplified Chinese otherwise.
import type { Locale } from '../../core';
import { enUS } from './en-US';
import type { Strings } from './types';
import { zhCN } from './zh-CN';

export type { Strings };

export function pickLocale(displayLanguage: string | undefined): Locale {
  return (displayLanguage ?? '').toLowerCase().startsWith('en') ? 'en-US' : 'zh-CN';
}

export function stringsFor(locale: Locale): Strings {
  return locale === 'en-US' ? enUS : zhCN;
}
