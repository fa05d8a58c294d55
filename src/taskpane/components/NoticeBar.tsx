import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { Notice } from '../state/types';

/** The outcome of the last action (check done, cancelled, error), announced to screen readers. */
export function NoticeBar({ notice }: { notice?: Notice }) {
  return (
    <div aria-live="polite" data-testid="notice">
      {notice ? (
        <MessageBar intent={notice.intent}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
