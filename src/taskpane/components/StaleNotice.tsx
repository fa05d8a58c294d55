import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import type { PaneController } from '../state/controller';
import type { PaneState } from '../state/types';
import { usePane } from './context';

/** "表格已修改，结果可能已过期" with 重新校验, in the action bar while the result is stale. */
export function StaleNotice({ state, ctl }: { state: PaneState; ctl: PaneController }) {
  const { t } = usePane();
  const stale = state.stale;
  if (!stale || !state.result) return null;
  const label = stale.setting || !stale.rows.length ? t.pane.recheck : t.pane.recheckRows(stale.rows.length);
  return (
    <MessageBar intent="warning" data-testid="stale" layout="multiline">
      <MessageBarBody>{stale.setting ? t.pane.staleSetting : t.pane.stale}</MessageBarBody>
      <MessageBarActions>
        <Button
          size="small"
          disabled={state.phase !== 'idle'}
          data-testid="recheck"
          onClick={() => void ctl.tools.recheck()}
        >
          {label}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
