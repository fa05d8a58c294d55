import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { ALL_FIELDS, REQUIRED_FIELDS } from '../../core';
import { mappedColumn, sheetColumns } from '../state/columns';
import type { PaneController } from '../state/controller';
import type { PaneState } from '../state/types';
import { usePane } from './context';
import { MappingRow } from './MappingRow';
import { useStyles } from './styles';

/**
 * The column mapping: one line ("已识别 15 列，全部必需列已找到 — 修改") when every required column was found,
 * open with every field and its column when one is missing or the clerk asks to change it.
 */
export function MappingPanel({ state, ctl }: { state: PaneState; ctl: PaneController }) {
  const { t } = usePane();
  const s = useStyles();
  const [asked, setAsked] = useState(false);
  const columns = useMemo(() => sheetColumns(state.grid, state.layout), [state.grid, state.layout]);
  const missing = state.layout?.missing ?? [];
  const mappedCount = ALL_FIELDS.filter((f) => mappedColumn(state.layout, f) > 0).length;
  const open = asked || missing.length > 0 || !state.layout;
  return (
    <section className={s.section} aria-labelledby="mapping-heading">
      <div className={s.row}>
        <Text as="h2" id="mapping-heading" weight="semibold" size={400}>
          {t.mappingHeading}
        </Text>
        {!open ? (
          <Text size={200} data-testid="mapping-summary">
            {t.pane.mappingSummary(mappedCount)} —
          </Text>
        ) : null}
        {missing.length === 0 && state.layout ? (
          <Button
            appearance="transparent"
            size="small"
            aria-expanded={open}
            aria-controls="mapping-fields"
            data-testid="mapping-edit"
            onClick={() => setAsked(!asked)}
          >
            {open ? t.pane.mappingClose : t.pane.mappingEdit}
          </Button>
        ) : null}
      </div>
      {open ? (
        <div className={s.section} id="mapping-fields" data-testid="mapping">
          {missing.length ? (
            <MessageBar intent="error" data-testid="missing-required">
              <MessageBarBody>{t.missingRequired(missing.map((f) => t.fields[f]).join('、'))}</MessageBarBody>
            </MessageBar>
          ) : null}
          <Text size={200} className={s.muted}>
            {t.mappingHint}
          </Text>
          <div className={s.mappingGrid}>
            {ALL_FIELDS.map((f) => (
              <MappingRow
                key={f}
                field={f}
                col={mappedColumn(state.layout, f)}
                required={REQUIRED_FIELDS.includes(f)}
                columns={columns}
                disabled={state.phase !== 'idle' || !state.grid}
                onChange={(field, col) => ctl.setMapping(field, col)}
              />
            ))}
          </div>
        </div>
      ) : null}
    </section>
  );
}
