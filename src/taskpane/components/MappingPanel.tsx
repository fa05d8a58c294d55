import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  MessageBar,
  MessageBarBody,
  Text,
} from '@fluentui/react-components';
import { useMemo } from 'react';
import { ALL_FIELDS, REQUIRED_FIELDS } from '../../core';
import { mappedColumn, sheetColumns } from '../state/columns';
import type { PaneController } from '../state/controller';
import type { PaneState } from '../state/types';
import { usePane } from './context';
import { MappingRow } from './MappingRow';
import { useStyles } from './styles';

/** The column mapping: every field with the column it was matched to; unmapped required fields called out. */
export function MappingPanel({ state, ctl }: { state: PaneState; ctl: PaneController }) {
  const { t } = usePane();
  const s = useStyles();
  const columns = useMemo(() => sheetColumns(state.grid, state.layout), [state.grid, state.layout]);
  const missing = state.layout?.missing ?? [];
  const mappedCount = ALL_FIELDS.filter((f) => mappedColumn(state.layout, f) > 0).length;
  return (
    <Accordion collapsible defaultOpenItems={['mapping']}>
      <AccordionItem value="mapping">
        <AccordionHeader as="h2">
          {t.mappingHeading}（{mappedCount}/{ALL_FIELDS.length}）
        </AccordionHeader>
        <AccordionPanel>
          <div className={s.section} data-testid="mapping">
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
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
