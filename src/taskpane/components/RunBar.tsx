import { Button, Field, ProgressBar } from '@fluentui/react-components';
import type { PaneController } from '../state/controller';
import type { PaneState } from '../state/types';
import { usePane } from './context';
import { StaleNotice } from './StaleNotice';
import { useStyles } from './styles';

/** 开始校验 / 取消 / 清除标记, and the progress of the running stage. */
export function RunBar({ state, ctl }: { state: PaneState; ctl: PaneController }) {
  const { t } = usePane();
  const s = useStyles();
  const idle = state.phase === 'idle';
  const blocked = !state.layout || state.layout.missing.length > 0 || state.layout.columns.length === 0;
  const p = state.progress;
  const stage = p ? (t.stages[p.stage] ?? p.stage) : '';
  return (
    <section className={`${s.section} ${s.runBar}`} aria-label={t.start} data-testid="run-bar">
      <div className={s.row}>
        <Button
          appearance="primary"
          disabled={!idle || blocked}
          onClick={() => void ctl.runCheck()}
          data-testid="start"
        >
          {t.start}
        </Button>
        {state.phase === 'running' ? (
          <Button onClick={() => ctl.cancel()} data-testid="cancel">
            {t.cancel}
          </Button>
        ) : null}
        <Button
          disabled={!idle || !(state.resultSheet ?? state.sheetName)}
          onClick={() => void ctl.clearMarks()}
          data-testid="clear"
        >
          {t.clearMarks}
        </Button>
      </div>
      {p ? (
        <Field validationMessage={t.progressLabel(stage, p.done, p.total)} validationState="none">
          <ProgressBar
            data-testid="progress"
            aria-label={stage}
            value={p.total > 0 ? Math.min(1, p.done / p.total) : undefined}
            thickness="large"
          />
        </Field>
      ) : null}
      <StaleNotice state={state} ctl={ctl} />
    </section>
  );
}
