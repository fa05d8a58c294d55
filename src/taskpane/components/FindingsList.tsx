import { Text } from '@fluentui/react-components';
import { useCallback, useMemo } from 'react';
import type { Finding } from '../../core';
import { filterFindings, pageOf } from '../state/findings';
import type { Filters } from '../state/types';
import { usePane } from './context';
import { FindingItem } from './FindingItem';
import { Pager } from './Pager';
import { useStyles } from './styles';

export interface FindingsListProps {
  findings: Finding[];
  filters: Filters;
  page: number;
  onPage(page: number): void;
  onSelect(f: Finding): void;
  /** findings on the cells selected in the sheet are highlighted */
  isCurrent?: (f: Finding) => boolean;
  onFixAmount?(f: Finding): void;
}

/** The findings that pass the filters, one page at a time (fast with 10,000+ findings). */
export function FindingsList(props: FindingsListProps) {
  const { findings, filters, page, onPage, onSelect, isCurrent, onFixAmount } = props;
  const { t } = usePane();
  const s = useStyles();
  const shown = useMemo(() => filterFindings(findings, filters), [findings, filters]);
  const current = pageOf(shown, page);
  const select = useCallback((f: Finding) => onSelect(f), [onSelect]);
  return (
    <div className={s.section}>
      <Text size={200} className={s.muted} data-testid="findings-count">
        {t.findingsCount(shown.length, findings.length)}
      </Text>
      {shown.length === 0 ? <Text>{t.noFindings}</Text> : null}
      <ul className={s.list} aria-label={t.findingsListLabel} data-testid="findings">
        {current.items.map((f, i) => (
          <FindingItem
            key={`${current.page}:${i}:${f.code}:${f.row}:${f.col}`}
            finding={f}
            onSelect={select}
            current={isCurrent?.(f) ?? false}
            onFixAmount={onFixAmount}
          />
        ))}
      </ul>
      <Pager page={current.page} pages={current.pages} onPage={onPage} />
    </div>
  );
}
