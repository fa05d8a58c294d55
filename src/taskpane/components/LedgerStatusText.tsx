import { Text } from '@fluentui/react-components';
import { LEDGER_SHEET } from '../../core';
import type { LedgerStatus } from '../state/ledger';
import { usePane } from './context';
import { useStyles } from './styles';

/** The ledger sheet of this workbook: records, people, institutions, or 未建立. */
export function LedgerStatusText({
  status,
  checkedAgainst,
  findings,
}: {
  status?: LedgerStatus;
  checkedAgainst?: number;
  findings: number;
}) {
  const { t } = usePane();
  const s = useStyles();
  if (!status) return null;
  const main = !status.exists
    ? t.ledger.notCreated
    : status.noHeader
      ? t.ledger.noHeader(LEDGER_SHEET)
      : t.ledger.statusLine(status.records, status.people, status.institutions);
  return (
    <div>
      <Text as="p" data-testid="ledger-status" data-records={status.records} style={{ margin: 0 }}>
        {main}
        {status.rejected ? ` ${t.ledger.rejected(status.rejected)}` : ''}
      </Text>
      {checkedAgainst !== undefined ? (
        <Text as="p" size={200} className={s.muted} data-testid="ledger-checked" style={{ margin: 0 }}>
          {t.ledger.checkedAgainst(checkedAgainst, findings)}
        </Text>
      ) : null}
    </div>
  );
}
