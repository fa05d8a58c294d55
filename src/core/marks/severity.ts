// Severity: the one order (worst first), the one set of mark colours, the one set of labels.
import { t, text, type Text } from '../i18n';
import type { Locale, Severity } from '../types';

/** Worst first: the order of sorting, of the summary and of the colour a cell gets. */
export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** 0 for the worst severity (error), larger for milder ones. */
export function severityRank(s: Severity): number {
  return SEVERITY_ORDER.indexOf(s);
}

/** The worst of some severities ('info' when there are none). */
export function worstSeverity(list: Iterable<Severity>): Severity {
  let worst: Severity = 'info';
  for (const s of list) if (severityRank(s) < severityRank(worst)) worst = s;
  return worst;
}

/**
 * The fill of a marked cell, as six hex digits RRGGBB (light red, light yellow, light blue: Excel's
 * own "bad", "neutral" and accent-1 tints). Each adapter writes it in its own form (ARGB, #RRGGBB).
 */
export const SEVERITY_RGB: Readonly<Record<Severity, string>> = { error: 'FFC7CE', warning: 'FFEB9C', info: 'DDEBF7' };

const LABELS: Record<Severity, Text> = {
  error: t('错误', 'Error'),
  warning: t('警告', 'Warning'),
  info: t('提示', 'Info'),
};

export function severityLabel(s: Severity, locale: Locale): string {
  return text(locale, LABELS[s]);
}
