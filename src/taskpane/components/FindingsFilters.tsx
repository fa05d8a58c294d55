import { Field, Select } from '@fluentui/react-components';
import type { Severity } from '../../core';
import { ruleCounts, ruleTitle } from '../state/findings';
import type { Filters } from '../state/types';
import { usePane } from './context';
import { useStyles } from './styles';

export interface FindingsFiltersProps {
  filters: Filters;
  byRule: Record<string, number>;
  onChange(f: Partial<Filters>): void;
}

/** Filters of the findings list: by rule and by severity. */
export function FindingsFilters({ filters, byRule, onChange }: FindingsFiltersProps) {
  const { t, locale } = usePane();
  const s = useStyles();
  return (
    <div className={s.row}>
      <Field label={t.filterRule} style={{ flex: '1 1 10em' }}>
        <Select
          size="small"
          value={filters.rule}
          data-testid="filter-rule"
          onChange={(_, d) => onChange({ rule: d.value })}
        >
          <option value="all">{t.all}</option>
          {ruleCounts(byRule).map((r) => (
            <option key={r.code} value={r.code}>
              {ruleTitle(r.code, locale)} ({r.count})
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.filterSeverity} style={{ flex: '0 1 7em' }}>
        <Select
          size="small"
          value={filters.severity}
          data-testid="filter-severity"
          onChange={(_, d) => onChange({ severity: d.value as Severity | 'all' })}
        >
          <option value="all">{t.all}</option>
          <option value="error">{t.severity.error}</option>
          <option value="warning">{t.severity.warning}</option>
          <option value="info">{t.severity.info}</option>
        </Select>
      </Field>
    </div>
  );
}
