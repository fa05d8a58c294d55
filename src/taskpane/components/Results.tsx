import { Text } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { PaneController } from '../state/controller';
import type { PaneState } from '../state/types';
import { usePane } from './context';
import { FindingsFilters } from './FindingsFilters';
import { FindingsList } from './FindingsList';
import { useStyles } from './styles';
import { ToolsPanel } from './ToolsPanel';
import { Totals } from './Totals';
import { inSelection } from '../state/tools';

/** The last check's totals and findings. */
export function Results({ state, ctl }: { state: PaneState; ctl: PaneController }) {
  const { t } = usePane();
  const s = useStyles();
  const r = state.result;
  const ref = useRef<HTMLElement>(null);
  // a new result: bring the totals into view (the notice above announces it to screen readers)
  useEffect(() => {
    if (r) ref.current?.scrollIntoView?.({ block: 'start' });
  }, [r]);
  if (!r) return null;
  return (
    <section ref={ref} className={`${s.section} ${s.belowBar}`} aria-labelledby="results-heading" data-testid="results">
      <Text as="h2" id="results-heading" weight="semibold" size={400}>
        {t.resultsHeading}
      </Text>
      <Totals result={r} />
      <ToolsPanel state={state} ctl={ctl} />
      {r.findings.length ? (
        <>
          <FindingsFilters filters={state.filters} byRule={r.byRule} onChange={(f) => ctl.setFilters(f)} />
          <FindingsList
            findings={r.findings}
            filters={state.filters}
            page={state.page}
            onPage={(p) => ctl.setPage(p)}
            onSelect={(f) => void ctl.selectFinding(f)}
            isCurrent={state.selection ? (f) => inSelection(f, state.selection!, r.layout) : undefined}
            onFixAmount={ctl.hasTools && !state.stale ? (f) => ctl.tools.preview('amount.expected', f) : undefined}
          />
        </>
      ) : null}
    </section>
  );
}
