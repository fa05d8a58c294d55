import { FluentProvider, Text, webLightTheme } from '@fluentui/react-components';
import { useEffect, useMemo } from 'react';
import { stringsFor } from '../i18n';
import type { PaneDeps } from '../state/controller';
import { useRosterCheck } from '../state/useRosterCheck';
import { CatalogPicker } from './CatalogPicker';
import { ClaimPanel } from './ClaimPanel';
import { PaneContext } from './context';
import { LedgerPanel } from './LedgerPanel';
import { MappingPanel } from './MappingPanel';
import { NoticeBar } from './NoticeBar';
import { PolicyPicker } from './PolicyPicker';
import { Results } from './Results';
import { RosterInfo } from './RosterInfo';
import { RunBar } from './RunBar';
import { useStyles } from './styles';

function Pane({ deps }: { deps: PaneDeps }) {
  const { state, ctl } = useRosterCheck(deps);
  const ctx = useMemo(() => ({ t: stringsFor(state.locale), locale: state.locale }), [state.locale]);
  const s = useStyles();
  useEffect(() => {
    document.documentElement.lang = state.locale;
  }, [state.locale]);
  return (
    <PaneContext.Provider value={ctx}>
      <main className={s.root} lang={state.locale} aria-busy={state.phase !== 'idle'}>
        <Text as="h1" size={500} weight="semibold">
          {ctx.t.appTitle}
        </Text>
        <RunBar state={state} ctl={ctl} />
        <NoticeBar notice={state.notice} />
        <RosterInfo state={state} ctl={ctl} />
        <MappingPanel state={state} ctl={ctl} />
        <PolicyPicker state={state} ctl={ctl} />
        <CatalogPicker state={state} ctl={ctl} />
        <Results state={state} ctl={ctl} />
        <ClaimPanel state={state} ctl={ctl} />
        <LedgerPanel state={state} ctl={ctl} />
      </main>
    </PaneContext.Provider>
  );
}

/** The task pane: Fluent UI provider around the pane. */
export function App({ deps }: { deps: PaneDeps }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <Pane deps={deps} />
    </FluentProvider>
  );
}
