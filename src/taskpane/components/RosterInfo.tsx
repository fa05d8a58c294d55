import { Button, MessageBar, MessageBarBody, Switch, Text } from '@fluentui/react-components';
import { noteText } from '../../core';
import type { PaneController } from '../state/controller';
import type { PaneState } from '../state/types';
import { usePane } from './context';
import { useStyles } from './styles';

/** Where the roster was found, and the toggle between the used range and the selection. */
export function RosterInfo({ state, ctl }: { state: PaneState; ctl: PaneController }) {
  const { t, locale } = usePane();
  const s = useStyles();
  const { layout, sheetName } = state;
  const found = layout && layout.columns.length > 0;
  const busy = state.phase !== 'idle';
  return (
    <section className={s.section} aria-labelledby="roster-heading">
      <Text as="h2" id="roster-heading" weight="semibold" size={400}>
        {t.rosterHeading}
      </Text>
      {state.phase === 'loading' ? <Text>{t.loading}</Text> : null}
      {found && sheetName ? (
        <Text data-testid="roster-line">
          {t.sheetLine(sheetName, layout.dataRows.length, layout.firstDataRow, layout.lastDataRow)}
        </Text>
      ) : null}
      {found && layout.notes.length ? (
        <details data-testid="layout-notes">
          <summary>{t.layoutNotes(layout.notes.length)}</summary>
          <ul className={s.list}>
            {layout.notes.map((n, i) => (
              <li key={i}>{noteText(n, locale)}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {found && state.mergesRead === false ? (
        <MessageBar intent="info" data-testid="merges-unread">
          <MessageBarBody>{t.mergesUnread}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state.phase !== 'loading' && !found ? (
        <MessageBar intent="warning">
          <MessageBarBody>{state.layoutError ? t.errorPrefix + state.layoutError : t.noRoster}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state.phase !== 'loading' && state.rosterSheets?.length ? (
        <div data-testid="roster-elsewhere">
          <Text>{t.rosterElsewhere}</Text>
          <div className={s.row}>
            {state.rosterSheets.map((name) => (
              <Button key={name} size="small" disabled={busy} onClick={() => void ctl.openRosterSheet(name)}>
                {t.openSheet(name)}
              </Button>
            ))}
          </div>
        </div>
      ) : null}
      <div className={s.row}>
        <Switch
          checked={state.useSelection}
          disabled={busy}
          label={t.useSelection}
          onChange={(_, d) => void ctl.setUseSelection(d.checked)}
        />
        <Button size="small" disabled={busy} onClick={() => void ctl.readRoster()}>
          {t.reread}
        </Button>
      </div>
    </section>
  );
}
