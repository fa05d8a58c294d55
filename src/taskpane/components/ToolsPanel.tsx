import { Button, MessageBar, MessageBarActions, MessageBarBody, Text } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { a1, type FixKind, resultsSheetFor } from '../../core';
import { download, findingRows, findingsCsv, findingsXlsx, XLSX_TYPE } from '../files/export';
import type { PaneController } from '../state/controller';
import type { PaneState } from '../state/types';
import { usePane } from './context';
import { useStyles } from './styles';

/** the fix buttons: what each previews, its test id, its label */
const FIXES: readonly [FixKind, string, 'fixIds' | 'fixIdFormat' | 'fixAmounts'][] = [
  ['id.normalize', 'fix-ids', 'fixIds'],
  ['id.textFormat', 'fix-id-format', 'fixIdFormat'],
  ['amount.expected', 'fix-amounts', 'fixAmounts'],
];

/** Fixes with a preview, 选中标记的单元格, and 导出问题清单 (.xlsx / .csv). */
export function ToolsPanel({ state, ctl }: { state: PaneState; ctl: PaneController }) {
  const { t, locale } = usePane();
  const s = useStyles();
  const r = state.result;
  const preview = useRef<HTMLDivElement>(null);
  // a preview asked for from the findings list below: bring it into view
  useEffect(() => {
    if (state.fixPreview) preview.current?.scrollIntoView?.({ block: 'nearest' });
  }, [state.fixPreview]);
  if (!r) return null;
  const sheet = state.resultSheet ?? state.sheetName ?? '';
  const idle = state.phase === 'idle' && !state.stale;
  const plan = state.fixPreview;
  const base = resultsSheetFor(sheet);
  return (
    <section className={s.section} aria-labelledby="tools-heading" data-testid="tools">
      <Text as="h3" id="tools-heading" weight="semibold">
        {t.pane.fixesHeading}
      </Text>
      <div className={s.row}>
        {ctl.hasTools ? (
          <>
            {FIXES.map(([kind, testId, label]) => (
              <Button
                key={kind}
                size="small"
                disabled={!idle}
                data-testid={testId}
                onClick={() => ctl.tools.preview(kind)}
              >
                {t.pane[label]}
              </Button>
            ))}
            <Button
              size="small"
              disabled={!r.findings.length}
              data-testid="select-flagged"
              onClick={() => void ctl.tools.selectFlagged()}
            >
              {t.pane.selectFlagged}
            </Button>
          </>
        ) : null}
        <Button
          size="small"
          disabled={!r.findings.length}
          data-testid="export-csv"
          onClick={() => download(`${base}.csv`, findingsCsv(findingRows(r, sheet, locale)), 'text/csv;charset=utf-8')}
        >
          {t.pane.exportCsv}
        </Button>
        <Button
          size="small"
          disabled={!r.findings.length}
          data-testid="export-xlsx"
          onClick={() =>
            void findingsXlsx(findingRows(r, sheet, locale), base).then((b) => download(`${base}.xlsx`, b, XLSX_TYPE))
          }
        >
          {t.pane.exportXlsx}
        </Button>
      </div>
      {plan ? (
        <MessageBar
          ref={preview}
          className={s.belowBar}
          intent={plan.cells.length ? 'warning' : 'info'}
          layout="multiline"
          data-testid="fix-preview"
        >
          <MessageBarBody>
            {plan.cells.length ? (
              <>
                <strong data-testid="fix-count">{t.pane.preview(plan.cells.length)}</strong>
                <ul className={s.list}>
                  {plan.cells.slice(0, 8).map((c) => (
                    <li key={`${c.row}:${c.col}`}>
                      {a1(c.row, c.col)}：{String(c.before ?? '')} →{' '}
                      {plan.kind === 'id.textFormat' ? '@' : String(c.after)}
                    </li>
                  ))}
                  {plan.cells.length > 8 ? <li>…</li> : null}
                </ul>
                <div>{t.pane.undoNote}</div>
              </>
            ) : (
              t.pane.nothingToFix
            )}
          </MessageBarBody>
          <MessageBarActions>
            {plan.cells.length ? (
              <Button
                appearance="primary"
                size="small"
                data-testid="fix-apply"
                onClick={() => void ctl.tools.applyFix()}
              >
                {t.pane.applyFix}
              </Button>
            ) : null}
            <Button size="small" data-testid="fix-cancel" onClick={() => ctl.tools.cancelFix()}>
              {t.pane.cancelFix}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
    </section>
  );
}
